package jp.shomu.ledger.report.handover;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import jp.shomu.ledger.domain.calc.Formula;
import jp.shomu.ledger.domain.cases.CommonFields;
import jp.shomu.ledger.domain.catalog.Catalog;
import jp.shomu.ledger.domain.catalog.FieldDef;
import jp.shomu.ledger.domain.catalog.TaskType;
import jp.shomu.ledger.domain.catalog.Threshold;

/**
 * A calculated field's or checklist check's formula explained in Japanese for the workbook: what it is for (the
 * catalog's help), which items it reads, by their labels, and which yearly thresholds with their current values.
 */
final class FormulaWording {
    /** What the formula functions mean, for the 計算式の読み方 table (docs/CATALOG.md has the same list). */
    static final String[][] FUNCTIONS = {
        {"days(a, b)", "a から b までの暦日数"},
        {"businessDays(a, b)", "a の翌日から b までの営業日数(土日・祝日・12/29〜1/3 を除く)"},
        {"addDays(d, n) / addBusinessDays(d, n)", "d の n 日後 / n 営業日後"},
        {"addMonths(d, n)", "d の n か月後(月末を超える日はその月の末日)。月にも使える"},
        {"month(d) / monthEnd(d) / dayOf(m, n) / year(d)", "d の月 / 月末日 / 月 m の n 日 / 年"},
        {"startMonth(d)", "d が 1 日ならその月、それ以外は翌月(支給開始月の数え方)"},
        {"if(条件, a, b)", "条件が成り立てば a、でなければ b"},
        {"pick(x, \"値1\", a, \"値2\", b, …)", "x が「値1」なら a、「値2」なら b …。どれでもなければ空欄"},
        {"sum(…) / min(…) / max(…)", "合計 / 最小 / 最大(空欄は飛ばす)"},
        {"and(…) / or(…) / not(x)", "すべて / どれか / 否定"},
        {"threshold(\"キー\")", "受付日の年度に使う基準値(「年度別の基準値」の表)"},
        {"+ − * /、< <= > >= = !=", "計算と比較。金額・件数は円・件未満切り捨て。入力が空欄なら結果も空欄"}
    };

    private FormulaWording() {}

    /** The help, then 「計算に使う項目: …」 and 「基準値: …」 lines. */
    static String explain(Catalog catalog, TaskType type, String formula, String help) {
        List<String> lines = new ArrayList<>();
        if (help != null && !help.isBlank()) {
            lines.add(help.strip());
        }
        Formula parsed = Formula.parse(formula);
        if (!parsed.fields().isEmpty()) {
            lines.add("計算に使う項目: "
                    + parsed.fields().stream().map(k -> label(type, k)).collect(Collectors.joining("、")));
        }
        if (!parsed.thresholds().isEmpty()) {
            lines.add("基準値: "
                    + parsed.thresholds().stream()
                            .map(k -> catalog.threshold(k)
                                    .map(FormulaWording::latest)
                                    .orElse(k))
                            .collect(Collectors.joining("、")));
        }
        return String.join("\n", lines);
    }

    private static String label(TaskType type, String key) {
        return type.field(key)
                .or(() -> CommonFields.ALL.stream()
                        .filter(f -> f.key().equals(key))
                        .findFirst())
                .map(FieldDef::label)
                .orElse(key);
    }

    /** 「短期組合員…(週所定勤務時間)」 20 時間(2022年度から). */
    private static String latest(Threshold t) {
        if (t.values().isEmpty()) {
            return t.label();
        }
        Threshold.Value v = t.values().get(t.values().size() - 1);
        return t.label() + " " + amount(v.value()) + " " + t.unit() + "(" + v.fromFiscalYear() + "年度から)";
    }

    static String amount(BigDecimal value) {
        return value.stripTrailingZeros().scale() <= 0
                ? String.format("%,d", value.longValueExact())
                : value.stripTrailingZeros().toPlainString();
    }
}
