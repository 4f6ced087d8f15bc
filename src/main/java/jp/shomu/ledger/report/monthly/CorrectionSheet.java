package jp.shomu.ledger.report.monthly;

import jp.shomu.ledger.domain.calendar.Wareki;
import jp.shomu.ledger.domain.kpi.LateCorrection;
import jp.shomu.ledger.domain.kpi.MonthlyFigures;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * 前月以前の訂正: records made during this month that belong to an earlier month. The earlier month's report keeps
 * its figures (they are those of its month end); the correction is shown here, once.
 */
final class CorrectionSheet {
    static final String NAME = "前月以前の訂正";
    static final int HEADER_ROW = 3;
    static final String[] HEADERS = {"No", "対象の月", "案件番号", "コード", "内容", "受付件数\nの増減", "作業時間\nの増減(分)", "記録日"};
    private static final int WHAT_WIDTH = 50;

    private CorrectionSheet() {}

    static void write(XSSFWorkbook wb, ReportStyles st, MonthlyFigures f) {
        XSSFSheet s = wb.createSheet(NAME);
        Sheets.widths(s, 4, 14, 8, 6, WHAT_WIDTH, 9, 10, 10);
        String period = Wareki.formatMonth(f.month());
        Sheets.text(s, 0, 0, "前月以前の訂正  " + period + "中に記録されたもの", st.subtitle);
        Sheets.note(
                s,
                1,
                0,
                HEADERS.length - 1,
                "各月の数値はその月末の時点の記録から計算しており、報告した後に変わることはない。"
                        + "月末より後に記録された、それ以前の月に属する記録(作業時間の記録漏れ、受付日の訂正、後からの登録)は、"
                        + "記録された月の報告書のこの表に示す。増減は、対象の月の数値がこの記録で変わるはずだった分。",
                st.note);
        for (int c = 0; c < HEADERS.length; c++) {
            Sheets.text(s, HEADER_ROW, c, HEADERS[c], st.header);
        }
        Sheets.row(s, HEADER_ROW).setHeightInPoints(30);
        int r = HEADER_ROW + 1;
        int no = 1;
        for (LateCorrection c : f.corrections()) {
            Sheets.number(s, r, 0, no++, st.center);
            Sheets.text(s, r, 1, Wareki.formatMonth(c.month()), st.center);
            Sheets.number(s, r, 2, c.caseId(), st.center);
            Sheets.text(s, r, 3, c.typeCode(), st.center);
            Sheets.text(s, r, 4, c.what(), st.wrap);
            Sheets.number(s, r, 5, c.receivedChange(), st.count);
            Sheets.number(s, r, 6, c.minutesChange(), st.count);
            Sheets.date(s, r, 7, c.recordedOn(), st.date);
            Sheets.fitHeight(s, r, c.what(), WHAT_WIDTH - 2);
            r++;
        }
        Sheets.printSetup(s, true, period, NAME, HEADER_ROW, HEADER_ROW);
    }
}
