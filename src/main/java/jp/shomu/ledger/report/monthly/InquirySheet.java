package jp.shomu.ledger.report.monthly;

import java.util.Map;
import jp.shomu.ledger.domain.calendar.Wareki;
import jp.shomu.ledger.domain.inquiries.InquiryFigures;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * 問合せ対応・FAQ (issue #15; spec §8(2)①ウ and §14): the month's inquiries by channel, task type and department,
 * first-response time in business hours, escalations to the city, and FAQ articles published, revised and retired.
 * Written only in a month with inquiries or FAQ changes.
 */
final class InquirySheet {
    static final String NAME = "問合せ対応・FAQ";
    private static final int WIDTH = 4;

    private InquirySheet() {}

    static void write(XSSFWorkbook wb, ReportStyles st, InquiryFigures f) {
        XSSFSheet s = wb.createSheet(NAME);
        Sheets.widths(s, 4, 44, 14, 14);
        String period = Wareki.formatMonth(f.month());
        Sheets.text(s, 0, 0, "問合せ対応・FAQ  " + period, st.subtitle);
        String note = "受付日時がこの月の問合せを数える。初回応答時間は受付から回答または市へのエスカレーションまでの、"
                + "開庁時間(営業日の8:30〜17:15)の分数。FAQ は承認・廃止の日で数える(改訂の公開は2回目以降の承認)。";
        Sheets.note(s, 1, 0, WIDTH - 1, note, st.note);
        Sheets.fitHeight(s, 1, note, 72);
        int r = 3;
        Sheets.text(s, r++, 0, "1 受付と応答", st.section);
        r = pair(s, st, r, "受付件数", f.received() + " 件");
        r = pair(s, st, r, "初回応答があった件数", f.responded() + " 件");
        r = pair(s, st, r, "初回応答時間 中央値", minutes(f.firstResponseMedian()));
        r = pair(s, st, r, "初回応答時間 90パーセンタイル", minutes(f.firstResponseP90()));
        r = pair(s, st, r, "市へのエスカレーション", f.escalated() + " 件");
        r = pair(s, st, r, "未対応(受付のまま)", f.open() + " 件");
        r++;
        r = table(s, st, r, "2 受付方法別", "受付方法", f.byChannel(), f.received());
        r = table(s, st, r, "3 中区分別", "中区分", f.byType(), f.received());
        r = table(s, st, r, "4 所属別", "所属", f.byDepartment(), f.received());
        Sheets.text(s, r++, 0, "5 FAQ の更新", st.section);
        r = pair(s, st, r, "新規に公開", f.faqAdded() + " 件");
        r = pair(s, st, r, "改訂を公開", f.faqUpdated() + " 件");
        pair(s, st, r, "廃止", f.faqRetired() + " 件");
        Sheets.printSetup(s, false, period, NAME, -1, -1);
    }

    private static String minutes(Long m) {
        return m == null ? "該当なし" : m + " 分";
    }

    private static int pair(XSSFSheet s, ReportStyles st, int r, String label, String value) {
        Sheets.text(s, r, 1, label, st.label);
        Sheets.text(s, r, 2, value, st.center);
        return r + 1;
    }

    private static int table(
            XSSFSheet s, ReportStyles st, int r, String title, String what, Map<String, Long> counts, long total) {
        Sheets.text(s, r++, 0, title, st.section);
        Sheets.text(s, r, 1, what, st.header);
        Sheets.text(s, r, 2, "件数", st.header);
        Sheets.text(s, r++, 3, "割合", st.header);
        for (Map.Entry<String, Long> e : counts.entrySet()) {
            Sheets.text(s, r, 1, e.getKey(), st.wrap);
            Sheets.number(s, r, 2, e.getValue(), st.count);
            Sheets.ratio(s, r, 3, e.getValue(), total, st.percent, st.center);
            r++;
        }
        Sheets.text(s, r, 1, "計", st.totalText);
        Sheets.number(s, r, 2, total, st.totalCount);
        Sheets.ratio(s, r, 3, total, total, st.totalPercent, st.totalCenter);
        return r + 2;
    }
}
