package jp.shomu.ledger.report.monthly;

import java.util.EnumMap;
import java.util.Map;
import java.util.StringJoiner;
import jp.shomu.ledger.domain.calendar.Wareki;
import jp.shomu.ledger.domain.kpi.CaseAlert;
import jp.shomu.ledger.domain.kpi.MonthlyFigures;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * 期限超過・審査未了一覧: every case overdue, at risk, without a due date or waiting for a check, with its reason.
 * Written as a stream (SXSSF), since in a month with a large import it may run to many thousands of rows.
 */
final class AlertSheet {
    static final String NAME = "期限超過・審査未了一覧";
    static final int HEADER_ROW = 3;
    static final String[] HEADERS = {"No", "区分", "案件番号", "コード", "中区分", "件名", "受付日", "処理期限", "超過\n(営業日)", "現在の状況", "理由"};
    private static final int SUBJECT_WIDTH = 26;
    private static final int REASON_WIDTH = 40;
    /** Wide enough for 「完了(12月28日)」 on one line. */
    private static final int SITUATION_WIDTH = 17;

    private AlertSheet() {}

    static void write(SXSSFWorkbook wb, ReportStyles st, MonthlyFigures f) {
        Sheet s = wb.createSheet(NAME);
        Sheets.widths(s, 4, 15, 7, 5, 17, SUBJECT_WIDTH - 2, 9, 9, 7, SITUATION_WIDTH, REASON_WIDTH);
        String period = Wareki.formatMonth(f.month());
        Sheets.text(s, 0, 0, "期限超過・審査未了一覧  " + period + "(" + Wareki.format(f.asOf()) + "時点)", st.subtitle);
        Map<CaseAlert.Kind, Integer> counts = new EnumMap<>(CaseAlert.Kind.class);
        f.alerts().forEach(a -> counts.merge(a.kind(), 1, Integer::sum));
        StringJoiner summary = new StringJoiner("、", "", "。");
        counts.forEach((k, n) -> summary.add(k.label() + " " + n + "件"));
        Sheets.note(
                s,
                1,
                0,
                HEADERS.length - 1,
                summary + "処理期限は、止まっていた期間(不備照会・保留)を反映した月末時点の期限。" + "超過日数は期限の翌日から数えた営業日数。",
                st.note);
        for (int c = 0; c < HEADERS.length; c++) {
            Sheets.text(s, HEADER_ROW, c, HEADERS[c], st.header);
        }
        Sheets.row(s, HEADER_ROW).setHeightInPoints(30);
        int r = HEADER_ROW + 1;
        int no = 1;
        for (CaseAlert a : f.alerts()) {
            Sheets.number(s, r, 0, no++, st.center);
            Sheets.text(s, r, 1, a.kind().label(), st.wrap);
            Sheets.number(s, r, 2, a.caseId(), st.center);
            Sheets.text(s, r, 3, a.typeCode(), st.center);
            Sheets.text(s, r, 4, a.typeName(), st.wrap);
            Sheets.text(s, r, 5, a.subject(), st.wrap);
            Sheets.date(s, r, 6, a.receivedOn(), st.date);
            if (a.dueOn() == null) {
                Sheets.text(s, r, 7, "未設定", st.center);
            } else {
                Sheets.date(s, r, 7, a.dueOn(), st.date);
            }
            if (a.businessDaysOver() > 0) {
                Sheets.number(s, r, 8, a.businessDaysOver(), st.countCenter);
            } else {
                Sheets.text(s, r, 8, "", st.text);
            }
            Sheets.text(s, r, 9, a.situation(), st.wrap);
            Sheets.text(s, r, 10, a.reason(), st.wrap);
            Sheets.fitHeight(s, r, a.reason(), REASON_WIDTH - 2);
            Sheets.fitHeight(s, r, a.subject(), SUBJECT_WIDTH - 4);
            Sheets.fitHeight(s, r, a.situation(), SITUATION_WIDTH - 1);
            Sheets.fitHeight(s, r, a.typeName(), 15);
            Sheets.fitHeight(s, r, a.kind().label(), 13);
            r++;
        }
        Sheets.printSetup(s, true, period, "期限超過・審査未了一覧", HEADER_ROW, HEADER_ROW);
    }
}
