package jp.shomu.ledger.report.monthly;

import java.util.List;
import java.util.Locale;
import jp.shomu.ledger.domain.calendar.Wareki;
import jp.shomu.ledger.domain.centre.CentreMonth;
import jp.shomu.ledger.domain.centre.Deliverable;
import jp.shomu.ledger.domain.centre.Improvement;
import jp.shomu.ledger.domain.centre.Incident;
import jp.shomu.ledger.domain.centre.Meeting;
import jp.shomu.ledger.domain.centre.SlaMeasure;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * 危機管理・改善・定例会・提出物: what the centre owes the city besides cases (spec §13–15, §20), for the month — its
 * incidents with the report delay and 再発防止策, the improvements, the meetings, the deliverables' state and the
 * measures recorded for missed SLA targets.
 */
final class CentreSheet {
    static final String NAME = "危機管理・改善・提出物";
    private static final int COLUMNS = 6;

    private CentreSheet() {}

    static void write(XSSFWorkbook wb, ReportStyles st, CentreMonth c) {
        XSSFSheet s = wb.createSheet(NAME);
        Sheets.widths(s, 18, 14, 30, 18, 12, 30);
        String period = Wareki.formatMonth(c.month());
        Sheets.printSetup(s, true, period, NAME, -1, -1);
        Sheets.text(s, 0, 0, "危機管理・業務改善・定例会・提出物", st.title);
        Sheets.row(s, 0).setHeightInPoints(26);
        Sheets.text(s, 1, 0, period, st.subtitle);
        int r = 3;

        Sheets.text(s, r++, 0, "1 危機管理事案(仕様書 20)", st.section);
        r = header(s, st, r, "発生日時", "種類", "概要・影響", "市への報告", "状態", "再発防止策");
        for (Incident i : c.incidents()) {
            r = line(
                    s,
                    st,
                    r,
                    dateTime(i),
                    i.kind().label() + (i.involvesPersonalInformation() ? "\n(個人情報)" : ""),
                    i.summary() + (i.impact().isBlank() ? "" : "\n" + i.impact()),
                    i.reportedAt() == null
                            ? (i.flagged() ? "未報告(直ちに報告)" : "未報告")
                            : "発生から" + Incident.formatDelay(i.reportDelay().orElseThrow()),
                    i.status().label(),
                    i.prevention());
        }
        r = none(s, st, r, c.incidents());

        r++;
        Sheets.text(s, r++, 0, "2 業務改善(仕様書 14(3)キ)", st.section);
        r = header(s, st, r, "提案日", "状態", "件名", "対象中区分", "期待効果/年", "測定した効果/年");
        for (Improvement i : c.improvements()) {
            r = line(
                    s,
                    st,
                    r,
                    Wareki.format(i.proposedOn()),
                    i.status().label(),
                    i.title(),
                    String.join(", ", i.typeCodes()),
                    hours(i.expectedMinutesPerYear()),
                    i.measuredMinutesPerYear() == null ? "—" : hours(i.measuredMinutesPerYear()));
        }
        r = none(s, st, r, c.improvements());

        r++;
        Sheets.text(s, r++, 0, "3 月次定例会(仕様書 13)", st.section);
        r = header(s, st, r, "開催日", "議事録の期限", "出席者", "", "", "");
        for (Meeting m : c.meetings()) {
            r = line(s, st, r, Wareki.format(m.heldOn()), Wareki.format(m.minutesDue()), m.attendees(), "", "", "");
        }
        r = none(s, st, r, c.meetings());

        r++;
        Sheets.text(s, r++, 0, "4 提出物(この月が期日のもの・未提出のまま期日を過ぎたもの)", st.section);
        r = header(s, st, r, "期日", "状態", "名称", "対象", "提出日", "受理日・メモ");
        for (Deliverable d : c.deliverables()) {
            r = line(
                    s,
                    st,
                    r,
                    Wareki.format(d.due())
                            + (d.overdueOn(c.month().plusMonths(1).atDay(1)) ? "\n(期日超過)" : ""),
                    d.state().label(),
                    d.name(),
                    d.period(),
                    d.submittedOn() == null ? "—" : Wareki.format(d.submittedOn()),
                    (d.acceptedOn() == null ? "" : Wareki.format(d.acceptedOn()) + " ") + d.note());
        }
        r = none(s, st, r, c.deliverables());

        r++;
        Sheets.text(s, r++, 0, "5 SLA 未達の改善策(仕様書 15(2))", st.section);
        r = header(s, st, r, "項目", "", "改善策", "", "", "記録者");
        for (SlaMeasure m : c.measures()) {
            r = line(s, st, r, m.item(), "", m.measure(), "", "", m.recordedBy());
        }
        none(s, st, r, c.measures());
    }

    private static int header(XSSFSheet s, ReportStyles st, int r, String... names) {
        for (int i = 0; i < COLUMNS; i++) {
            Sheets.text(s, r, i, names[i], st.header);
        }
        return r + 1;
    }

    private static int line(XSSFSheet s, ReportStyles st, int r, String... values) {
        int[] widths = {18, 14, 30, 18, 12, 30};
        for (int i = 0; i < COLUMNS; i++) {
            CellStyle style = st.wrap;
            Sheets.text(s, r, i, values[i], style);
            Sheets.fitHeight(s, r, values[i] == null ? "" : values[i], widths[i] - 1);
        }
        return r + 1;
    }

    private static int none(XSSFSheet s, ReportStyles st, int r, List<?> rows) {
        if (!rows.isEmpty()) {
            return r;
        }
        Sheets.text(s, r, 0, "該当なし", st.text);
        Sheets.merge(s, r, 0, COLUMNS - 1, st.text);
        return r + 1;
    }

    private static String dateTime(Incident i) {
        return Wareki.format(i.occurredAt().toLocalDate())
                + String.format(
                        Locale.ROOT,
                        " %d:%02d",
                        i.occurredAt().getHour(),
                        i.occurredAt().getMinute());
    }

    private static String hours(long minutes) {
        return String.format(Locale.ROOT, "%,.1f時間", minutes / 60.0);
    }
}
