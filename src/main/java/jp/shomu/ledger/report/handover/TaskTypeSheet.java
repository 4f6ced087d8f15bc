package jp.shomu.ledger.report.handover;

import java.util.List;
import jp.shomu.ledger.domain.catalog.Catalog;
import jp.shomu.ledger.domain.catalog.ChecklistItem;
import jp.shomu.ledger.domain.catalog.FieldDef;
import jp.shomu.ledger.domain.catalog.MajorCategory;
import jp.shomu.ledger.domain.catalog.TaskType;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Sheet;

/** One 中区分 as a page of the 業務マニュアル: what it is, its deadline, its flow (checklist) and its fields. */
final class TaskTypeSheet {
    private static final int[] WIDTHS = {5, 16, 36, 12, 15, 8, 40};
    private static final int LABEL_COLUMNS = 2;

    private TaskTypeSheet() {}

    static void write(Sheet sheet, SheetStyles st, Catalog catalog, TaskType t) {
        SheetWriter w = new SheetWriter(sheet, WIDTHS);
        w.heading(st.title, t.code() + " " + t.name() + "(" + t.id() + ")", 22);
        w.skip();
        String major = catalog.major(t.majorCode()).map(MajorCategory::name).orElse("");
        w.labelled(st.label, st.text, "大区分", t.majorCode() + " " + major, LABEL_COLUMNS);
        w.labelled(st.label, st.text, "業務の内容", t.description(), LABEL_COLUMNS);
        String estimate = t.estimated() ? "(推定)" : "";
        w.labelled(st.label, st.text, "標準処理時間", t.standardMinutes() + " 分/件" + estimate, LABEL_COLUMNS);
        w.labelled(st.label, st.text, "年間件数", String.format("%,d 件%s", t.annualCases(), estimate), LABEL_COLUMNS);
        w.labelled(
                st.label,
                st.text,
                "参考年間時間",
                String.format("%,.0f 時間(大区分の参考時間の配分)", t.referenceAnnualHours()),
                LABEL_COLUMNS);
        w.labelled(st.label, st.text, "繁忙月", CatalogWording.months(t.peakMonths()), LABEL_COLUMNS);
        w.labelled(st.label, st.text, "期限(SLA)", CatalogWording.sla(t), LABEL_COLUMNS);
        w.labelled(st.label, st.text, "注意表示", CatalogWording.warning(t.sla()), LABEL_COLUMNS);
        w.labelled(st.label, st.text, "期限の根拠", t.sla().basis(), LABEL_COLUMNS);
        if (t.legalDueField() != null) {
            w.labelled(
                    st.label,
                    st.text,
                    "法定期限",
                    "「" + t.field(t.legalDueField()).map(FieldDef::label).orElse(t.legalDueField())
                            + "」(自動計算)を期限日(SLA)の横に表示し、過ぎた・2日以内の案件を業務責任者の机で警告します。SLAの期限日は変わりません。",
                    LABEL_COLUMNS);
        }
        if (t.tableWork()) {
            w.labelled(st.label, st.text, "管理の方法", "案件ごとではなく表で管理する業務です(専用の画面)。", LABEL_COLUMNS);
        }

        w.skip();
        w.heading(st.section, "業務フロー(チェックリスト。上から順に処理します)", 18);
        CellStyle[] h = {st.header};
        w.row(h, "順", "ID", "手順", "区分", "ダブルチェック", "市", "備考");
        CellStyle[] step = {st.center, st.text, st.text, st.center, st.center, st.center, st.text};
        int n = 1;
        for (ChecklistItem item : t.checklist()) {
            w.row(
                    step,
                    n++,
                    item.id(),
                    item.label(),
                    item.required() ? "必須" : "該当時",
                    CatalogWording.mark(item.secondPerson()),
                    CatalogWording.mark(item.cityStep()),
                    note(item));
        }

        w.skip();
        w.heading(st.section, "入力項目(台帳に記録する内容)", 18);
        w.row(h, "順", "キー", "項目名", "型", "必須", "機微", "選択肢・説明");
        CellStyle[] field = {st.center, st.text, st.text, st.text, st.center, st.center, st.text};
        n = 1;
        for (FieldDef f : t.fields()) {
            w.row(
                    field,
                    n++,
                    f.key(),
                    f.label(),
                    f.type().label(),
                    CatalogWording.mark(f.required()),
                    CatalogWording.mark(f.sensitive()),
                    CatalogWording.condition(t, f) + choicesAndHelp(f));
        }
        calculated(w, st, catalog, t);
        w.skip();
        w.heading(st.plain, "機微 ○: 個人情報。閲覧できる役割が限られ、画面や出力で伏せられます。個人番号(マイナンバー)そのものは台帳に入れません。", 16);
        SheetStyles.printSetup(sheet, 0, 0, "庶務台帳 業務カタログ 版" + catalog.version());
    }

    /**
     * 計算項目: each calculated field and checklist check with its formula and what it means; nothing for a type
     * without one.
     */
    private static void calculated(SheetWriter w, SheetStyles st, Catalog catalog, TaskType t) {
        List<FieldDef> fields = t.fields().stream().filter(FieldDef::calculated).toList();
        List<ChecklistItem> checks =
                t.checklist().stream().filter(c -> c.check() != null).toList();
        if (fields.isEmpty() && checks.isEmpty()) {
            return;
        }
        w.skip();
        w.heading(st.section, "計算項目(アプリが計算します。手入力はしません。式の読み方は最後のシート)", 18);
        w.spanned(new CellStyle[] {st.header}, 4, 5, "順", "キー", "項目名", "型", "計算式", null, "説明");
        CellStyle[] row = {st.center, st.text, st.text, st.text, st.text, st.text, st.text};
        int n = 1;
        for (FieldDef f : fields) {
            w.spanned(
                    row,
                    4,
                    5,
                    n++,
                    f.key(),
                    f.label(),
                    f.type().label(),
                    f.formula(),
                    null,
                    FormulaWording.explain(catalog, t, f.formula(), f.help()));
        }
        for (ChecklistItem c : checks) {
            w.spanned(
                    row,
                    4,
                    5,
                    n++,
                    c.id(),
                    c.label(),
                    "判定(✓/✗)",
                    c.check(),
                    null,
                    FormulaWording.explain(
                            catalog, t, c.check(), "チェックリストの手順の横に ✓(満たす)・✗(満たさない)を示す目安。判断して✓を付けるのは担当者です。"));
        }
    }

    private static String note(ChecklistItem item) {
        if (item.secondPerson()) {
            return "処理した人とは別の人がチェックします";
        }
        return item.cityStep() ? "市の決裁・判断。センターは結果を記録します" : "";
    }

    private static String choicesAndHelp(FieldDef f) {
        String choices = f.choices().isEmpty() ? "" : String.join("/", f.choices());
        if (choices.isEmpty()) {
            return f.help();
        }
        return f.help().isEmpty() ? choices : choices + "\n" + f.help();
    }
}
