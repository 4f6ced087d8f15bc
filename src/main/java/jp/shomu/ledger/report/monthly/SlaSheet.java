package jp.shomu.ledger.report.monthly;

import jp.shomu.ledger.domain.calendar.Wareki;
import jp.shomu.ledger.domain.kpi.MonthlyFigures;
import jp.shomu.ledger.domain.sla.SlaResult;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** SLA達成状況: each item with its definition, target, actual figure and verdict, in colour and in words. */
final class SlaSheet {
    static final String NAME = "SLA達成状況";
    static final int HEADER_ROW = 3;
    static final String[] HEADERS = {"No", "項目", "定義", "目標", "実績", "分子", "分母", "判定"};
    private static final int DEFINITION_WIDTH = 54;

    private SlaSheet() {}

    static void write(XSSFWorkbook wb, ReportStyles st, MonthlyFigures f) {
        XSSFSheet s = wb.createSheet(NAME);
        Sheets.widths(s, 4, 20, DEFINITION_WIDTH, 10, 20, 8, 8, 8);
        String period = Wareki.formatMonth(f.month());
        Sheets.text(s, 0, 0, "SLA 達成状況  " + period, st.subtitle);
        Sheets.note(
                s,
                1,
                0,
                HEADERS.length - 1,
                f.targets().isDefault()
                        ? "目標値: 既定値(業務責任者が目標値を定めるまでの標準の5項目)"
                        : "目標値: 第" + f.targets().version() + "版("
                                + Wareki.formatMonth(f.targets().effectiveFrom()) + "から適用、"
                                + f.targets().createdBy() + ")",
                st.note);
        for (int c = 0; c < HEADERS.length; c++) {
            Sheets.text(s, HEADER_ROW, c, HEADERS[c], st.header);
        }
        int r = HEADER_ROW + 1;
        int no = 1;
        for (SlaResult res : f.sla()) {
            Sheets.number(s, r, 0, no++, st.center);
            Sheets.text(s, r, 1, res.item().name(), st.wrap);
            Sheets.text(s, r, 2, res.item().metric().definition(), st.wrap);
            Sheets.fitHeight(s, r, res.item().metric().definition(), DEFINITION_WIDTH - 2);
            Sheets.text(s, r, 3, res.item().targetText(), st.center);
            if (res.item().metric().isRate()) {
                Sheets.text(
                        s,
                        r,
                        4,
                        res.percentShown().map(p -> p.toPlainString() + "%").orElse("該当なし"),
                        st.center);
                Sheets.number(s, r, 5, res.numerator(), st.count);
                Sheets.number(s, r, 6, res.denominator(), st.count);
            } else {
                Sheets.text(s, r, 4, res.numerator() + "件", st.center);
                Sheets.text(s, r, 5, "", st.text);
                Sheets.text(s, r, 6, "", st.text);
            }
            Sheets.text(s, r, 7, res.verdict().label(), CoverSheet.verdictStyle(st, res));
            r++;
        }
        r++;
        Sheets.note(
                s,
                r,
                0,
                HEADERS.length - 1,
                "判定の方法: 率の項目は「分子 ÷ 分母」を目標と比べ、目標以上で達成。"
                        + "件数の項目は目標以下で達成。分母が0の率は「該当なし」とし、未達に数えない。"
                        + "率の表示は小数第1位未満を切り捨てるが、判定は切り捨て前の値で行う"
                        + "(例: 99.96% は 99.9% と表示し、目標100%に対して未達)。",
                st.note);
        Sheets.printSetup(s, true, period, "SLA達成状況", HEADER_ROW, HEADER_ROW);
    }
}
