package jp.shomu.ledger.service;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import jp.shomu.ledger.domain.calendar.Wareki;
import jp.shomu.ledger.domain.cases.CommonFields;
import jp.shomu.ledger.domain.cases.FieldValueParser;
import jp.shomu.ledger.domain.cases.InvalidInputException;
import jp.shomu.ledger.domain.cases.MyNumberGuard;
import jp.shomu.ledger.domain.catalog.FieldDef;
import jp.shomu.ledger.domain.catalog.TaskType;

/**
 * Turns typed or imported values (keyed by field key or Japanese label) into a case's canonical field values:
 * unknown fields, bad values and 個人番号 are refused with a message naming the field.
 */
public final class FieldInput {
    private static final FieldValueParser PARSER = new FieldValueParser(Wareki::parse);

    private FieldInput() {}

    /** Every field a case of this type has: the common ones first, then the type's own. */
    public static List<FieldDef> fieldsOf(TaskType type) {
        return CommonFields.withTypeFields(type);
    }

    public static Optional<FieldDef> field(TaskType type, String keyOrLabel) {
        return fieldsOf(type).stream()
                .filter(f -> f.key().equals(keyOrLabel) || f.label().equals(keyOrLabel))
                .findFirst();
    }

    /** Applies {@code raw} over {@code current}; a blank value clears the field, a masked one leaves it as it is. */
    public static Map<String, String> merge(TaskType type, Map<String, String> current, Map<String, String> raw) {
        Map<String, String> result = new TreeMap<>(current);
        for (Map.Entry<String, String> e : new LinkedHashMap<>(raw).entrySet()) {
            FieldDef def = field(type, e.getKey())
                    .orElseThrow(() -> new InvalidInputException("項目「" + e.getKey()
                            + "」は " + type.code() + " " + type.name() + " にありません。使える項目: "
                            + String.join(
                                    ", ",
                                    fieldsOf(type).stream()
                                            .map(f -> f.key() + "(" + f.label() + ")")
                                            .toList())));
            if (def.sensitive() && SensitiveData.isMask(e.getValue())) {
                // a masked value sent back unchanged from a form: keep what is stored
                continue;
            }
            if (def.calculated()) {
                if (e.getValue() != null && !e.getValue().isBlank()) {
                    throw new InvalidInputException(
                            "「" + def.label() + "」は自動計算の項目です(入力できません。式: " + def.formula() + ")");
                }
                continue;
            }
            MyNumberGuard.requireNone(def.label(), e.getValue());
            String value = PARSER.parse(def, e.getValue());
            if (value.isEmpty()) {
                result.remove(def.key());
            } else {
                result.put(def.key(), value);
            }
        }
        return result;
    }

    public static void requireText(String what, String text) {
        MyNumberGuard.requireNone(what, text);
    }
}
