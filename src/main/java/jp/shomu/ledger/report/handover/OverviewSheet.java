package jp.shomu.ledger.report.handover;

import jp.shomu.ledger.domain.catalog.Catalog;
import jp.shomu.ledger.domain.catalog.ChecklistItem;
import jp.shomu.ledger.domain.catalog.ErrorCategory;
import jp.shomu.ledger.domain.catalog.MajorCategory;
import jp.shomu.ledger.domain.catalog.TaskType;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Sheet;

/** The first sheets: every 中区分 on one line with how to read the workbook; the 大区分 and the error categories. */
final class OverviewSheet {
    static final String NAME = "一覧";
    static final String REFERENCE_NAME = "大区分・誤りの分類";
    private static final String[] NOTES = {
        "・3 枚目以降が中区分ごとのシートです。内容、期限の規則と根拠、業務フロー(チェックリスト)、入力項目、計算項目(自動計算の式と説明)をまとめています。" + "最後のシートは年度別の基準値と計算式の読み方です。",
        "・ダブルチェック: 処理した人とは別の人がチェックする手順。市の手順: 市の決裁・判断で、センターはその結果を記録します。",
        "・推定 ○: 年間件数・標準処理時間が見込みの値です。実績がたまったら業務責任者が見直します。",
        "・期限は営業日(土日・祝日・12/29〜1/3 を除く)で数え、不備照会・保留の間は止まります。"
    };
    private static final int[] WIDTHS = {6, 14, 26, 30, 9, 9, 10, 14, 6, 6, 8, 7, 5};

    private OverviewSheet() {}

    static void write(Sheet sheet, SheetStyles st, Catalog catalog, String subtitle) {
        SheetWriter w = new SheetWriter(sheet, WIDTHS);
        w.heading(st.title, "業務カタログ — " + catalog.taskTypes().size() + " の中区分(業務マニュアル・業務フローの基礎資料)", 22);
        w.heading(st.section, subtitle, 16);
        for (String note : NOTES) {
            w.heading(st.plain, note, 15);
        }
        w.skip();
        int header = w.rowIndex();
        CellStyle[] h = {st.header};
        w.row(
                h,
                "コード",
                "大区分",
                "中区分",
                "期限(SLA)",
                "標準処理時間(分)",
                "年間件数",
                "参考年間時間",
                "繁忙月",
                "項目数",
                "手順数",
                "ダブルチェック",
                "市の手順",
                "推定");
        CellStyle[] row = {
            st.center, st.text, st.text, st.text, st.number, st.number, st.number, st.text, st.number, st.number,
            st.number, st.number, st.center
        };
        for (TaskType t : catalog.taskTypes()) {
            w.row(
                    row,
                    t.code(),
                    catalog.major(t.majorCode()).map(MajorCategory::name).orElse(t.majorCode()),
                    t.name(),
                    CatalogWording.sla(t),
                    t.standardMinutes(),
                    t.annualCases(),
                    t.referenceAnnualHours(),
                    CatalogWording.months(t.peakMonths()),
                    t.fields().size(),
                    t.checklist().size(),
                    t.checklist().stream().filter(ChecklistItem::secondPerson).count(),
                    t.checklist().stream().filter(ChecklistItem::cityStep).count(),
                    CatalogWording.mark(t.estimated()));
        }
        SheetStyles.printSetup(sheet, header, header, "庶務台帳 業務カタログ 版" + catalog.version());
        sheet.createFreezePane(3, header + 1);
    }

    /** The second sheet: the 大区分 with their reference hours, and the error categories the reports count. */
    static void writeReference(Sheet sheet, SheetStyles st, Catalog catalog) {
        SheetWriter w = new SheetWriter(sheet, 16, 24, 14, 14);
        w.heading(st.title, "大区分と参考時間、誤りの分類", 22);
        w.skip();
        w.heading(st.section, "大区分と参考時間(仕様書【参考】集約化対象業務。年間の時間)", 18);
        CellStyle[] h = {st.header};
        w.row(h, "コード", "大区分", "参考年間時間", "中区分の合計");
        for (MajorCategory m : catalog.majors()) {
            double sum = catalog.taskTypes().stream()
                    .filter(t -> t.majorCode().equals(m.code()))
                    .mapToDouble(TaskType::referenceAnnualHours)
                    .sum();
            w.row(
                    new CellStyle[] {st.center, st.text, st.number, st.number},
                    m.code(),
                    m.name(),
                    m.referenceAnnualHours(),
                    sum);
        }
        w.skip();
        w.heading(st.section, "誤りの分類(ダブルチェックでの差戻し、完了後に見つかった誤り)", 18);
        w.row(h, "コード", "名称");
        for (ErrorCategory e : catalog.errorCategories()) {
            w.row(new CellStyle[] {st.text, st.text}, e.code(), e.label());
        }
        SheetStyles.printSetup(sheet, 0, 0, "庶務台帳 業務カタログ 版" + catalog.version());
    }
}
