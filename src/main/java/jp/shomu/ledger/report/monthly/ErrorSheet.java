package jp.shomu.ledger.report.monthly;

import java.util.List;
import java.util.function.ToLongBiFunction;
import jp.shomu.ledger.domain.calendar.Wareki;
import jp.shomu.ledger.domain.catalog.ErrorCategory;
import jp.shomu.ledger.domain.kpi.ErrorAnalysis;
import jp.shomu.ledger.domain.kpi.MonthlyFigures;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * 誤り分析: error categories × task types, for send-backs and for errors found after completion, and send-backs
 * per operator (named only for leaders and the manager). Written only when the month has any.
 */
final class ErrorSheet {
    static final String NAME = "誤り分析";
    /** About how many rows a landscape A4 page of this sheet holds; the operators' table starts a page if it would not fit. */
    private static final int ROWS_PER_PAGE = 36;

    private ErrorSheet() {}

    static void write(XSSFWorkbook wb, ReportStyles st, MonthlyFigures f) {
        ErrorAnalysis e = f.errors();
        XSSFSheet s = wb.createSheet(NAME);
        List<ErrorCategory> cats = e.categories();
        int[] widths = new int[cats.size() + 3];
        widths[0] = 6;
        widths[1] = 28;
        for (int i = 0; i < cats.size(); i++) {
            widths[2 + i] = 10;
        }
        widths[cats.size() + 2] = 7;
        Sheets.widths(s, widths);
        String period = Wareki.formatMonth(f.month());
        Sheets.text(s, 0, 0, "誤り分析  " + period, st.subtitle);
        Sheets.note(
                s,
                1,
                0,
                cats.size() + 2,
                "件数は誤りの分類ごとの回数(1回の差戻しに2つの分類があれば両方に数える)。" + "「完了後に判明した誤り」は、業務責任者が完了後の誤りとして再開した記録。",
                st.note);
        int r = 3;
        int section = 1;
        if (e.types().stream().anyMatch(t -> !t.sendBacks().isEmpty())) {
            r = matrix(
                    s,
                    st,
                    r,
                    section++ + " ダブルチェックで差し戻した誤り(分類 × 中区分)",
                    e,
                    (t, code) -> t.sendBacks(code),
                    t -> !t.sendBacks().isEmpty());
        }
        if (e.types().stream().anyMatch(t -> !t.afterCompletion().isEmpty())) {
            r = matrix(
                    s,
                    st,
                    r,
                    section++ + " 完了後に判明した誤り(分類 × 中区分)",
                    e,
                    (t, code) -> t.afterCompletion(code),
                    t -> !t.afterCompletion().isEmpty());
        }
        if (!e.operators().isEmpty()) {
            if (r + e.operators().size() + 4 > ROWS_PER_PAGE) {
                s.setRowBreak(r - 2);
            }
            operators(s, st, r, section + " 担当者別の差戻し(ダブルチェックを受けた処理者ごと)", e);
        }
        Sheets.printSetup(s, true, period, "誤り分析", -1, -1);
    }

    private static int matrix(
            XSSFSheet s,
            ReportStyles st,
            int r,
            String title,
            ErrorAnalysis e,
            ToLongBiFunction<ErrorAnalysis.TypeRow, String> count,
            java.util.function.Predicate<ErrorAnalysis.TypeRow> include) {
        List<ErrorCategory> cats = e.categories();
        Sheets.text(s, r++, 0, title, st.section);
        Sheets.text(s, r, 0, "コード", st.header);
        Sheets.text(s, r, 1, "中区分", st.header);
        for (int i = 0; i < cats.size(); i++) {
            Sheets.text(s, r, 2 + i, cats.get(i).label(), st.header);
        }
        Sheets.text(s, r, cats.size() + 2, "計", st.header);
        Sheets.row(s, r).setHeightInPoints(44);
        r++;
        long[] columnTotals = new long[cats.size() + 1];
        for (ErrorAnalysis.TypeRow t : e.types()) {
            if (!include.test(t)) {
                continue;
            }
            Sheets.text(s, r, 0, t.typeCode(), st.center);
            Sheets.text(s, r, 1, t.typeName(), st.text);
            long sum = 0;
            for (int i = 0; i < cats.size(); i++) {
                long n = count.applyAsLong(t, cats.get(i).code());
                Sheets.number(s, r, 2 + i, n, st.count);
                columnTotals[i] += n;
                sum += n;
            }
            Sheets.number(s, r, cats.size() + 2, sum, st.totalCount);
            columnTotals[cats.size()] += sum;
            r++;
        }
        Sheets.text(s, r, 0, "", st.totalText);
        Sheets.text(s, r, 1, "合計", st.totalText);
        for (int i = 0; i <= cats.size(); i++) {
            Sheets.number(s, r, 2 + i, columnTotals[i], st.totalCount);
        }
        return r + 2;
    }

    private static void operators(XSSFSheet s, ReportStyles st, int r, String title, ErrorAnalysis e) {
        Sheets.text(s, r++, 0, title, st.section);
        String[] head = {"担当者", "", "確認件数", "差戻し", "差戻し率"};
        for (int c = 0; c < head.length; c++) {
            Sheets.text(s, r, c, head[c], st.header);
        }
        s.addMergedRegion(new CellRangeAddress(r, r, 0, 1));
        r++;
        for (ErrorAnalysis.OperatorRow o : e.operators()) {
            Sheets.text(s, r, 0, o.label(), st.text);
            Sheets.merge(s, r, 0, 1, st.text);
            Sheets.number(s, r, 2, o.checked(), st.count);
            Sheets.number(s, r, 3, o.sentBack(), st.count);
            Sheets.ratio(s, r, 4, o.sentBack(), o.checked(), st.percent, st.center);
            r++;
        }
        Sheets.note(
                s,
                r + 1,
                0,
                6,
                e.namesShown()
                        ? "担当者名入り(センター内部用)。市へ提出する報告書は、担当者名を表示しない設定で作成する。"
                        : "担当者名は表示していない(担当者A、B … は差戻しの多い順の仮の記号で、月ごとに変わる)。",
                st.note);
    }
}
