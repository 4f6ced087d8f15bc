package jp.shomu.ledger.report.monthly;

import java.time.LocalDateTime;
import jp.shomu.ledger.domain.calendar.JapanTime;
import jp.shomu.ledger.domain.calendar.Wareki;
import jp.shomu.ledger.domain.kpi.Figure;
import jp.shomu.ledger.domain.kpi.MonthlyFigures;
import jp.shomu.ledger.domain.kpi.Tally;
import jp.shomu.ledger.domain.sla.SlaResult;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** 表紙・概要: the period in 和暦, who made the report and when, the month's totals and the SLA results at a glance. */
final class CoverSheet {
    static final String NAME = "表紙・概要";

    /** What the anchor is and what the city can do with it, in the report's own words. */
    static final String ANCHOR_NOTE = "台帳は、登録・変更・承認などすべての記録を記録順につないだ監査ログを持ち、"
            + "各記録には、それまでの全記録から計算した64桁の値(ハッシュ値)が付いています。上の値は、集計基準日の終わりまでの記録から"
            + "計算した値(アンカー)です。過去の記録を1件でも書き換えたり消したりすると、この値は一致しなくなります。"
            + "この用紙を保管しておけば、後日いつでも、受託者に台帳の同じ時点の値をこの値と照合させることで、"
            + "この報告書の基になった記録が変えられていないことを確かめられます。";

    private CoverSheet() {}

    static void write(XSSFWorkbook wb, ReportStyles st, MonthlyFigures f) {
        XSSFSheet s = wb.createSheet(NAME);
        Sheets.widths(s, 4, 26, 14, 14, 14, 12);
        String period = Wareki.formatMonth(f.month());
        Sheets.text(s, 0, 0, "月次業務実績報告書(SLA報告を含む)", st.title);
        Sheets.row(s, 0).setHeightInPoints(28);
        Sheets.text(s, 1, 0, period, st.subtitle);
        Sheets.row(s, 1).setHeightInPoints(22);

        int r = 3;
        r = field(
                s,
                st,
                r,
                "対象期間",
                Wareki.format(f.month().atDay(1)) + " 〜 "
                        + Wareki.format(f.month().atEndOfMonth()));
        r = field(s, st, r, "集計基準日", Wareki.format(f.asOf()) + (f.provisional() ? "(月の途中のため暫定値)" : "(月末)"));
        LocalDateTime made = LocalDateTime.ofInstant(f.generatedAt(), JapanTime.ZONE);
        r = field(
                s,
                st,
                r,
                "作成日時",
                Wareki.format(made.toLocalDate()) + String.format(" %d:%02d", made.getHour(), made.getMinute())
                        + "(作成時点の台帳による)");
        r = field(s, st, r, "作成者", f.generatedBy());
        r = field(
                s,
                st,
                r,
                "SLA 目標",
                f.targets().isDefault()
                        ? "既定値(業務責任者が目標値を定めるまでの標準の5項目)"
                        : "第" + f.targets().version() + "版("
                                + Wareki.formatMonth(f.targets().effectiveFrom()) + "から適用)");
        String anchor = grouped(f.anchor().hash()) + "@" + f.anchor().date() + "(第"
                + f.anchor().seq() + "行)\n" + ANCHOR_NOTE;
        r = field(s, st, r, "監査ログのアンカー", anchor);
        Sheets.fitHeight(s, r - 1, anchor, 48);

        r++;
        Sheets.text(s, r++, 0, "1 業務実績の総括", st.section);
        Tally t = f.totals();
        Sheets.text(s, r, 1, "項目", st.header);
        Sheets.text(s, r, 2, "件数・時間", st.header);
        Sheets.merge(s, r, 2, 3, st.header);
        r++;
        r = total(s, st, r, "受付件数", t.get(Figure.RECEIVED), "件");
        r = total(s, st, r, "完了件数", t.get(Figure.COMPLETED), "件");
        r = total(s, st, r, "  うち期限内完了", t.get(Figure.ON_TIME), "件");
        r = total(s, st, r, "  うち期限超過で完了", t.get(Figure.COMPLETED_LATE), "件");
        r = total(s, st, r, "取下げ件数", t.get(Figure.WITHDRAWN), "件");
        r = total(s, st, r, "月末未完了件数", t.get(Figure.OPEN_AT_MONTH_END), "件");
        r = total(s, st, r, "  うち月末時点で期限超過", t.get(Figure.OPEN_OVERDUE), "件");
        r = total(s, st, r, "差戻し回数(ダブルチェック)", t.get(Figure.SEND_BACKS), "回");
        r = total(s, st, r, "完了後に判明した誤り", t.get(Figure.ERRORS_AFTER_COMPLETION), "件");
        r = hours(s, st, r, "作業時間", t.get(Figure.MINUTES_LOGGED));
        r = hours(s, st, r, "  うち当月の完了案件の作業時間", t.get(Figure.COMPLETED_MINUTES));
        r = hours(s, st, r, "標準時間(完了件数×標準処理時間)", t.get(Figure.STANDARD_MINUTES));

        r++;
        Sheets.text(s, r++, 0, "2 SLA の達成状況", st.section);
        Sheets.text(s, r, 1, "項目", st.header);
        Sheets.text(s, r, 2, "目標", st.header);
        Sheets.text(s, r, 3, "実績", st.header);
        Sheets.merge(s, r, 3, 4, st.header);
        Sheets.text(s, r, 5, "判定", st.header);
        r++;
        for (SlaResult res : f.sla()) {
            Sheets.text(s, r, 1, res.item().name(), st.text);
            Sheets.text(s, r, 2, res.item().targetText(), st.center);
            Sheets.text(s, r, 3, res.actualText(), st.center);
            Sheets.merge(s, r, 3, 4, st.center);
            Sheets.text(s, r, 5, res.verdict().label(), verdictStyle(st, res));
            r++;
        }
        long missed = f.sla().stream()
                .filter(x -> x.verdict() == SlaResult.Verdict.NOT_MET)
                .count();
        Sheets.note(
                s,
                r++,
                1,
                5,
                missed == 0 ? "すべての項目で目標を達成しました。" : "目標に達しなかった項目が " + missed + " 件あります(「SLA達成状況」「期限超過・審査未了一覧」を参照)。",
                st.wrap);
        if (!f.corrections().isEmpty()) {
            Sheets.note(
                    s,
                    r++,
                    1,
                    5,
                    "前月以前の月に属する記録が当月中に " + f.corrections().size() + " 件ありました(「前月以前の訂正」を参照)。"
                            + "それらの月の数値は変えず、そのシートに示します。",
                    st.wrap);
        }
        r++;
        String notes = "・各数値の定義は「SLA達成状況」シートと各シートの注記のとおり。数値はすべて集計基準日の終わりの時点の記録から計算しており、"
                + "後日作成しても同じ値になる(基準日より後の訂正は、翌月の報告書に「前月以前の訂正」として示す)。"
                + "\n・率は小数第1位未満を切り捨てて表示し、目標との比較は切り捨て前の値で行う。"
                + "\n・期限内かどうかは、ダブルチェックの承認日(センター処理の終了日)と処理期限で判定する。";
        Sheets.note(s, r, 1, 5, notes, st.note);
        Sheets.printSetup(s, false, period, "月次業務実績報告書", -1, -1);
    }

    static CellStyle verdictStyle(ReportStyles st, SlaResult res) {
        return switch (res.verdict()) {
            case MET -> st.met;
            case NOT_MET -> st.notMet;
            case NO_CASES -> st.noCases;
        };
    }

    private static int field(XSSFSheet s, ReportStyles st, int r, String label, String value) {
        Sheets.text(s, r, 1, label, st.label);
        Sheets.text(s, r, 2, value, st.wrap);
        Sheets.merge(s, r, 2, 5, st.wrap);
        return r + 1;
    }

    /** The 64 hex digits in groups of eight, as they are read out and copied from paper (spaces are ignored). */
    static String grouped(String hash) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < hash.length(); i += 8) {
            b.append(i == 0 ? "" : " ").append(hash, i, Math.min(hash.length(), i + 8));
        }
        return b.toString();
    }

    private static int total(XSSFSheet s, ReportStyles st, int r, String label, long value, String unit) {
        Sheets.text(s, r, 1, label, st.text);
        Sheets.number(s, r, 2, value, st.count);
        Sheets.text(s, r, 3, unit, st.text);
        return r + 1;
    }

    private static int hours(XSSFSheet s, ReportStyles st, int r, String label, long minutes) {
        Sheets.text(s, r, 1, label, st.text);
        Sheets.number(s, r, 2, Math.floor(minutes / 6.0) / 10.0, st.decimal);
        Sheets.text(s, r, 3, "時間", st.text);
        return r + 1;
    }
}
