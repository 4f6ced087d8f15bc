package jp.shomu.ledger.report.imports;

import java.util.ArrayList;
import java.util.List;
import jp.shomu.ledger.domain.catalog.Catalog;
import jp.shomu.ledger.domain.catalog.FieldDef;
import jp.shomu.ledger.domain.catalog.TaskType;
import jp.shomu.ledger.service.FieldInput;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The template's sheets 記入方法 (how to fill it in) and 項目一覧 (every field, for the headings to add). */
final class TemplateGuide {
    private TemplateGuide() {}

    static void howTo(XSSFWorkbook wb, TaskType type) {
        XSSFSheet s = wb.createSheet("記入方法");
        s.setColumnWidth(0, 110 * 256);
        List<String> lines = new ArrayList<>(List.of(
                "庶務台帳 案件の取込み用テンプレート" + (type == null ? "" : "(" + type.code() + " " + type.name() + ")"),
                "",
                "1. 「取込み」シートの2行目から、1行に1件ずつ記入します。1行目の見出しは変えないでください。",
                "2. 見出しがオレンジの列は必須です(「中区分」「件名」と、その業務で必須の項目)。",
                "3. 中区分は「2-2」のようなコードか「各種手当認定事務」のような名前で書きます。",
                "4. 日付は 令和8年10月1日、R8.10.1、2026/10/1、2026-10-01 のどれでも構いません。",
                "5. 数字は全角でも半角でも構いません。金額は ¥12,000 や 12,000円 のように書けます。",
                "6. 選択肢のある項目は、一覧(「項目一覧」シート)の言葉と同じに書きます。",
                "7. 他の業務の項目を使うときは、「項目一覧」シートの項目名を見出しとして列を足します。",
                "   その業務にない項目の列は、その行では空欄にします。",
                "8. 個人番号(マイナンバー)は記入できません。含まれている行は取り込みません。",
                "9. 1行でも誤りがあると、ファイル全体を取り込みません。誤りは行番号・列・理由の一覧で示します。",
                "   先に「試し取込み」(import cases --dry-run)で確かめてから取り込んでください。",
                "10. CSV で保存する場合は、UTF-8(BOM 付き/なし)でも Shift_JIS(CP932)でも構いません。"));
        for (int i = 0; i < lines.size(); i++) {
            Row row = s.createRow(i);
            row.createCell(0).setCellValue(lines.get(i));
        }
    }

    static void fields(XSSFWorkbook wb, Catalog catalog, TaskType only) {
        XSSFSheet s = wb.createSheet("項目一覧");
        String[] head = {"中区分コード", "中区分", "項目名(見出し)", "キー", "型", "必須", "選択肢", "説明"};
        int[] widths = {10, 26, 30, 20, 12, 6, 40, 50};
        Row h = s.createRow(0);
        for (int c = 0; c < head.length; c++) {
            h.createCell(c).setCellValue(head[c]);
            s.setColumnWidth(c, widths[c] * 256);
        }
        int r = 1;
        for (TaskType t : catalog.taskTypes()) {
            if (only != null && !only.code().equals(t.code())) {
                continue;
            }
            for (FieldDef f : FieldInput.fieldsOf(t)) {
                Row row = s.createRow(r++);
                String[] v = {
                    t.code(),
                    t.name(),
                    f.label(),
                    f.key(),
                    f.type().label(),
                    f.required() ? "必須" : "",
                    String.join("、", f.choices()),
                    f.when() == null
                            ? f.help()
                            : (f.when().field() + " = "
                                            + String.join("・", f.when().values()) + " のときだけ " + f.help())
                                    .strip()
                };
                for (int c = 0; c < v.length; c++) {
                    row.createCell(c).setCellValue(v[c]);
                }
            }
        }
        s.createFreezePane(0, 1);
    }
}
