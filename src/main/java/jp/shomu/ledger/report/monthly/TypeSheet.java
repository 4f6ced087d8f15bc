package jp.shomu.ledger.report.monthly;

import java.util.ArrayList;
import java.util.List;
import jp.shomu.ledger.domain.calendar.Wareki;
import jp.shomu.ledger.domain.catalog.MajorCategory;
import jp.shomu.ledger.domain.kpi.Figure;
import jp.shomu.ledger.domain.kpi.MonthlyFigures;
import jp.shomu.ledger.domain.kpi.Tally;
import jp.shomu.ledger.domain.kpi.TypeFigures;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** 業務別実績: one row per 中区分, a subtotal per 大区分 and the grand total. Every 中区分 is listed, even at zero. */
final class TypeSheet {
    static final String NAME = "業務別実績";
    static final int HEADER_ROW = 3;
    static final String[] HEADERS = {
        "コード",
        "中区分",
        "受付",
        "完了",
        "うち\n期限内",
        "期限内\n処理率",
        "期限超過\nで完了",
        "期限なし\nで完了",
        "月末\n未完了",
        "取下げ",
        "作業時間\n(分)",
        "完了案件の\n作業時間(分)",
        "標準時間\n(分)",
        "標準\n時間比",
        "差戻し\n(回)",
        "完了後\n誤り"
    };

    private TypeSheet() {}

    static void write(XSSFWorkbook wb, ReportStyles st, MonthlyFigures f, List<MajorCategory> majors) {
        XSSFSheet s = wb.createSheet(NAME);
        Sheets.widths(s, 6, 30, 7, 7, 7, 8, 8, 8, 7, 7, 9, 11, 9, 8, 7, 7);
        String period = Wareki.formatMonth(f.month());
        Sheets.text(s, 0, 0, "業務別実績  " + period, st.subtitle);
        Sheets.note(
                s,
                1,
                0,
                HEADERS.length - 1,
                "件数は案件数。期限内処理率 = うち期限内 ÷ (完了 − 期限なしで完了)。作業時間は作業日が当月の分(案件を問わない)。"
                        + "標準時間比 = 完了案件の作業時間(当月に完了した案件に記録された時間の合計。作業日を問わない) ÷ 標準時間(完了件数 × 標準処理時間)。"
                        + "率は小数第1位未満切り捨て。「—」は分母が0のため計算しないもの。",
                st.note);
        for (int c = 0; c < HEADERS.length; c++) {
            Sheets.text(s, HEADER_ROW, c, HEADERS[c], st.header);
        }
        Sheets.row(s, HEADER_ROW).setHeightInPoints(32);
        int r = HEADER_ROW + 1;
        List<String> seen = new ArrayList<>();
        for (MajorCategory major : majors) {
            List<TypeFigures> rows = f.types().stream()
                    .filter(t -> t.majorCode().equals(major.code()))
                    .toList();
            if (rows.isEmpty()) {
                continue;
            }
            for (TypeFigures t : rows) {
                line(s, st, r++, t.code(), t.name(), t.tally(), false);
                seen.add(t.code());
            }
            line(
                    s,
                    st,
                    r++,
                    "",
                    major.code() + " " + major.name() + " 計",
                    Tally.sum(rows.stream().map(TypeFigures::tally).toList()),
                    true);
        }
        for (TypeFigures t : f.types()) {
            if (!seen.contains(t.code())) {
                line(s, st, r++, t.code(), t.name(), t.tally(), false);
            }
        }
        line(s, st, r, "", "合計", f.totals(), true);
        Sheets.printSetup(s, true, period, "業務別実績", HEADER_ROW, HEADER_ROW);
    }

    private static void line(XSSFSheet s, ReportStyles st, int r, String code, String name, Tally t, boolean total) {
        CellStyle text = total ? st.totalText : st.text;
        CellStyle count = total ? st.totalCount : st.count;
        CellStyle percent = total ? st.totalPercent : st.percent;
        Sheets.text(s, r, 0, code, total ? st.totalText : st.center);
        Sheets.text(s, r, 1, name, text);
        Figure[] counts = {Figure.RECEIVED, Figure.COMPLETED, Figure.ON_TIME};
        for (int i = 0; i < counts.length; i++) {
            Sheets.number(s, r, 2 + i, t.get(counts[i]), count);
        }
        CellStyle dash = total ? st.totalCenter : st.center;
        Sheets.ratio(s, r, 5, t.get(Figure.ON_TIME), t.get(Figure.COMPLETED_WITH_DUE), percent, dash);
        Figure[] rest = {
            Figure.COMPLETED_LATE,
            Figure.COMPLETED_NO_DUE,
            Figure.OPEN_AT_MONTH_END,
            Figure.WITHDRAWN,
            Figure.MINUTES_LOGGED,
            Figure.COMPLETED_MINUTES,
            Figure.STANDARD_MINUTES
        };
        for (int i = 0; i < rest.length; i++) {
            Sheets.number(s, r, 6 + i, t.get(rest[i]), count);
        }
        Sheets.ratio(s, r, 13, t.get(Figure.COMPLETED_MINUTES), t.get(Figure.STANDARD_MINUTES), percent, dash);
        Sheets.number(s, r, 14, t.get(Figure.SEND_BACKS), count);
        Sheets.number(s, r, 15, t.get(Figure.ERRORS_AFTER_COMPLETION), count);
    }
}
