package jp.shomu.ledger.store.settings;

import java.util.HashSet;
import java.util.Set;
import jp.shomu.ledger.domain.calc.Formula;
import jp.shomu.ledger.domain.calc.FormulaException;
import jp.shomu.ledger.domain.cases.CommonFields;
import jp.shomu.ledger.domain.catalog.Catalog;
import jp.shomu.ledger.domain.catalog.ChecklistItem;
import jp.shomu.ledger.domain.catalog.FieldDef;
import jp.shomu.ledger.domain.catalog.FieldType;
import jp.shomu.ledger.domain.catalog.FollowOn;
import jp.shomu.ledger.domain.catalog.TaskType;

/**
 * Refuses a catalog whose formulas, thresholds, legal deadline or follow-ons do not fit it: a formula that does
 * not parse, reads a field the type lacks or a calculated field below it (no cycles), or a threshold the catalog
 * lacks. Runs when a catalog is loaded or proposed, so a mistake never reaches a case.
 */
final class CatalogFormulas {
    private CatalogFormulas() {}

    static void validate(String source, Catalog catalog) {
        Set<String> thresholds = new HashSet<>();
        for (int i = 0; i < catalog.thresholds().size(); i++) {
            var t = catalog.thresholds().get(i);
            require(
                    source + "catalog.json",
                    "$.thresholds[" + i + "]",
                    t.key() != null && thresholds.add(t.key()),
                    "閾値のキーがないか重複しています");
            require(
                    source + "catalog.json",
                    "$.thresholds[" + i + "].values",
                    !t.values().isEmpty(),
                    "閾値「" + t.key() + "」に年度ごとの値がありません");
        }
        for (TaskType type : catalog.taskTypes()) {
            String file = source + "types/" + type.code() + ".json";
            Set<String> readable = new HashSet<>();
            CommonFields.withTypeFields(type).stream()
                    .filter(f -> !f.calculated())
                    .forEach(f -> readable.add(f.key()));
            for (int i = 0; i < type.fields().size(); i++) {
                FieldDef f = type.fields().get(i);
                if (f.calculated()) {
                    String at = "$.fields[" + i + "].formula";
                    require(file, at, !f.required(), "自動計算の項目は required にできません");
                    require(
                            file,
                            at,
                            f.type() != FieldType.CHOICE
                                    && f.type() != FieldType.EMPLOYEE_NO
                                    && f.type() != FieldType.STAFF,
                            "自動計算にできない型です");
                    checkFormula(file, at, f.formula(), readable, thresholds);
                }
                readable.add(f.key());
            }
            for (int i = 0; i < type.checklist().size(); i++) {
                ChecklistItem item = type.checklist().get(i);
                if (item.check() != null) {
                    checkFormula(file, "$.checklist[" + i + "].check", item.check(), readable, thresholds);
                }
            }
            if (type.legalDueField() != null) {
                require(
                        file,
                        "$.legalDueField",
                        type.field(type.legalDueField())
                                .filter(f -> f.type() == FieldType.DATE)
                                .isPresent(),
                        "法定期限の項目(DATE)「" + type.legalDueField() + "」がありません");
            }
            for (int i = 0; i < type.followOns().size(); i++) {
                FollowOn on = type.followOns().get(i);
                String at = "$.followOns[" + i + "]";
                var target = catalog.taskType(on.type());
                require(file, at + ".type", target.isPresent(), "後続の業務「" + on.type() + "」がありません");
                on.carry().forEach((from, to) -> {
                    require(file, at + ".carry." + from, type.field(from).isPresent(), "この業務に項目「" + from + "」がありません");
                    require(
                            file,
                            at + ".carry." + from,
                            target.get().field(to).filter(f -> !f.calculated()).isPresent()
                                    && target.get().field(to).get().type()
                                            == type.field(from).get().type(),
                            "後続の業務 " + on.type() + " に同じ型の入力項目「" + to + "」がありません");
                });
                on.set()
                        .forEach((key, value) -> require(
                                file,
                                at + ".set." + key,
                                target.get()
                                        .field(key)
                                        .filter(f -> f.choices().isEmpty()
                                                || f.choices().contains(value))
                                        .isPresent(),
                                "後続の業務 " + on.type() + " の項目「" + key + "」に「" + value + "」は入りません"));
            }
        }
    }

    private static void checkFormula(
            String file, String at, String text, Set<String> readable, Set<String> thresholds) {
        Formula formula;
        try {
            formula = Formula.parse(text);
        } catch (FormulaException e) {
            throw new CatalogFormatException(file, at, e.getMessage());
        }
        for (String key : formula.fields()) {
            require(
                    file,
                    at,
                    readable.contains(key),
                    "式「" + text + "」の項目「" + key + "」がありません(自動計算の項目は、それより上の項目だけを読めます)");
        }
        for (String key : formula.thresholds()) {
            require(file, at, thresholds.contains(key), "式「" + text + "」の閾値「" + key + "」が catalog.json にありません");
        }
    }

    private static void require(String file, String path, boolean ok, String problem) {
        if (!ok) {
            throw new CatalogFormatException(file, path, problem);
        }
    }
}
