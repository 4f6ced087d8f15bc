package jp.shomu.ledger.report.handover;

import java.util.List;
import java.util.stream.Collectors;
import jp.shomu.ledger.domain.calc.Formula;
import jp.shomu.ledger.domain.calendar.Wareki;
import jp.shomu.ledger.domain.catalog.Catalog;
import jp.shomu.ledger.domain.catalog.ChecklistItem;
import jp.shomu.ledger.domain.catalog.FieldDef;
import jp.shomu.ledger.domain.catalog.TaskType;
import jp.shomu.ledger.domain.catalog.Threshold;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * The last sheet: the yearly thresholds (週20時間, 8.8万円 …) with each fiscal year's value and its source, which 中区分
 * use them, and how to read the formulas of the type sheets.
 */
final class ThresholdSheet {
    static final String NAME = "年度別の基準値・計算式";
    private static final int[] WIDTHS = {32, 36, 24, 12, 8, 48, 14};

    private ThresholdSheet() {}

    static void write(Sheet sheet, SheetStyles st, Catalog catalog) {
        SheetWriter w = new SheetWriter(sheet, WIDTHS);
        w.heading(st.title, "年度別の基準値と計算式の読み方", 22);
        w.heading(
                st.plain,
                "法令・規程で年度ごとに変わる値です。計算項目とチェックリストの判定は、案件の受付日の年度に当たる値を使います。"
                        + "翌年度の改正は、その年度からの値をカタログの変更で追加します(プログラムの変更は要りません)。",
                30);
        w.skip();
        w.heading(st.section, "年度別の基準値", 18);
        int header = w.rowIndex();
        CellStyle[] h = {st.header};
        w.row(h, "キー", "名称", "年度", "値", "単位", "根拠", "使う中区分");
        CellStyle[] row = {st.text, st.text, st.text, st.number, st.center, st.text, st.text};
        for (Threshold t : catalog.thresholds()) {
            String users = usedBy(catalog, t.key());
            if (users.isEmpty()) {
                users = "計算では未使用";
            }
            for (Threshold.Value v : t.values()) {
                w.row(
                        row,
                        t.key(),
                        t.label(),
                        fiscalYear(v.fromFiscalYear()),
                        v.value().stripTrailingZeros().scale() <= 0
                                ? v.value().doubleValue()
                                : v.value().toPlainString(),
                        t.unit(),
                        t.basis(),
                        users);
            }
        }
        if (catalog.thresholds().isEmpty()) {
            w.heading(st.plain, "このカタログには年度別の基準値がありません。", 15);
        }
        w.skip();
        w.heading(st.section, "計算式の読み方(中区分のシートの「計算項目」)", 18);
        w.spanned(h, 1, 5, "式", "意味");
        for (String[] f : FormulaWording.FUNCTIONS) {
            w.spanned(new CellStyle[] {st.text}, 1, 5, f[0], f[1]);
        }
        SheetStyles.printSetup(sheet, header, header, "庶務台帳 業務カタログ 版" + catalog.version());
    }

    /** 「2022年度(令和4年度)から」: the fiscal year starts in April, so its era is that of April. */
    static String fiscalYear(int year) {
        String april = Wareki.formatYearMonth(java.time.YearMonth.of(year, 4));
        return year + "年度(" + april.substring(0, april.lastIndexOf('年')) + "年度)から";
    }

    /** The codes of the types whose formulas or checks read the threshold: 「1-1、3-3」. */
    private static String usedBy(Catalog catalog, String key) {
        return catalog.taskTypes().stream()
                .filter(t -> formulas(t).stream()
                        .anyMatch(f -> Formula.parse(f).thresholds().contains(key)))
                .map(TaskType::code)
                .collect(Collectors.joining("、"));
    }

    private static List<String> formulas(TaskType t) {
        return java.util.stream.Stream.concat(
                        t.fields().stream().map(FieldDef::formula),
                        t.checklist().stream().map(ChecklistItem::check))
                .filter(java.util.Objects::nonNull)
                .toList();
    }
}
