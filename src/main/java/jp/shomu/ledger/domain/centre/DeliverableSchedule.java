package jp.shomu.ledger.domain.centre;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import jp.shomu.ledger.domain.calendar.BusinessCalendar;
import jp.shomu.ledger.domain.calendar.FiscalYear;

/**
 * Every deliverable of spec §14 for the whole contract, with its due date in business days. Rules: the monthly
 * report for month M is due on the 5th business day of M+1 (§14(3)オ); minutes on the 5th business day after the
 * meeting, the meeting day not counted (§13(4), §14(2)イ); the yearly plan, SLA agreement, 体制図 and 名簿 before each
 * year's operation. "委託者が指定する期日" gets a provisional date (the last business day before the period it
 * prepares) until a leader enters the date the city names. Items due "on every change" (manuals, FAQ, flows) and
 * improvement reports are added when they happen. A deliverable belongs to the fiscal year of what it covers (the
 * report for 2028-03 to FY2027, the SLA agreement for FY2028 to FY2028), whenever it is due.
 */
public final class DeliverableSchedule {
    public static final String MONTHLY_REPORT = "月次業務実績報告書";
    public static final String MINUTES = "月次定例会議事録";
    public static final String IMPROVEMENT_REPORT = "業務改善報告書";
    public static final int MONTHLY_REPORT_BUSINESS_DAYS = 5;
    public static final int MINUTES_BUSINESS_DAYS = 5;
    /** The key of a meeting's minutes starts with this, followed by the meeting day. */
    public static final String MINUTES_KEY = "MINUTES:";

    private static final String BEFORE_WORK = "業務着手前";
    private static final String PREPARATION = "開設準備";
    private static final String HANDOVER = "履行期間終了";
    private static final List<String> BEFORE_WORK_ITEMS = List.of(
            "業務実施計画書(履行期間全体)", "工程表(履行期間全体)", "業務実施計画書(開設準備業務)", "工程表(開設準備業務)", "受託者業務体制図(開設準備業務)", "従事者名簿(開設準備業務)");
    private static final List<String> PREPARATION_ITEMS =
            List.of("業務プロセス調査報告書", "業務フロー", "業務マニュアル", "問合せに関するFAQ", "危機管理対応マニュアル");
    private static final List<String> YEARLY_ITEMS = List.of("業務実施計画書", "サービスレベル合意書", "受託者業務体制図", "従事者名簿");
    private static final List<String> YEARLY_KEYS = List.of("PLAN", "SLA_AGREEMENT", "ORGANISATION", "ROSTER");

    private DeliverableSchedule() {}

    /** The 5th business day of the month after {@code month}. */
    public static LocalDate monthlyReportDue(YearMonth month, BusinessCalendar calendar) {
        return calendar.addBusinessDays(month.atEndOfMonth(), MONTHLY_REPORT_BUSINESS_DAYS);
    }

    /** The 5th business day after the meeting day (which is not counted). */
    public static LocalDate minutesDue(LocalDate meetingDay, BusinessCalendar calendar) {
        return calendar.addBusinessDays(meetingDay, MINUTES_BUSINESS_DAYS);
    }

    /** The minutes of the meeting of that day (one meeting a day), as a deliverable. */
    public static PlannedDeliverable minutes(LocalDate meetingDay, BusinessCalendar calendar) {
        return new PlannedDeliverable(
                MINUTES_KEY + meetingDay,
                MINUTES,
                meetingDay.toString(),
                FiscalYear.of(meetingDay).year(),
                minutesDue(meetingDay, calendar),
                DueBasis.RULE);
    }

    /** The monthly report for one month of operation. */
    public static PlannedDeliverable monthlyReport(YearMonth month, BusinessCalendar calendar) {
        return new PlannedDeliverable(
                "MONTHLY_REPORT:" + month,
                MONTHLY_REPORT,
                month.toString(),
                FiscalYear.of(month.atDay(1)).year(),
                monthlyReportDue(month, calendar),
                DueBasis.RULE);
    }

    /** Everything known in advance for the whole contract, ordered by due date. */
    public static List<PlannedDeliverable> forContract(BusinessCalendar calendar) {
        List<PlannedDeliverable> all = new ArrayList<>();
        int firstYear = FiscalYear.of(Contract.START).year();
        LocalDate startDue = calendar.addBusinessDays(Contract.START, 0);
        for (int i = 0; i < BEFORE_WORK_ITEMS.size(); i++) {
            all.add(new PlannedDeliverable(
                    "BEFORE_WORK:" + (i + 1),
                    BEFORE_WORK_ITEMS.get(i),
                    BEFORE_WORK,
                    firstYear,
                    startDue,
                    DueBasis.PROVISIONAL));
        }
        // "業務着手後速やかに": ten business days as the provisional date.
        all.add(new PlannedDeliverable(
                "PREPARATION:LAYOUT",
                "総務事務センターのレイアウト案",
                PREPARATION,
                firstYear,
                calendar.addBusinessDays(Contract.START, 10),
                DueBasis.PROVISIONAL));
        LocalDate beforeOpening = calendar.previousBusinessDay(Contract.OPERATION_START);
        for (int i = 0; i < PREPARATION_ITEMS.size(); i++) {
            all.add(new PlannedDeliverable(
                    "PREPARATION:" + (i + 1),
                    PREPARATION_ITEMS.get(i),
                    PREPARATION,
                    firstYear,
                    beforeOpening,
                    DueBasis.PROVISIONAL));
        }
        for (int year = FiscalYear.of(Contract.OPERATION_START).year();
                !new FiscalYear(year).start().isAfter(Contract.END);
                year++) {
            LocalDate due = calendar.previousBusinessDay(new FiscalYear(year).start());
            for (int i = 0; i < YEARLY_ITEMS.size(); i++) {
                all.add(new PlannedDeliverable(
                        YEARLY_KEYS.get(i) + ":" + year,
                        YEARLY_ITEMS.get(i),
                        "FY" + year,
                        year,
                        due,
                        DueBasis.PROVISIONAL));
            }
        }
        for (YearMonth m = Contract.FIRST_OPERATION_MONTH; !m.isAfter(Contract.LAST_MONTH); m = m.plusMonths(1)) {
            all.add(monthlyReport(m, calendar));
        }
        int lastYear = FiscalYear.of(Contract.END).year();
        all.add(new PlannedDeliverable(
                "HANDOVER:PLAN",
                "業務引継書",
                HANDOVER,
                lastYear,
                calendar.previousBusinessDay(Contract.END.withDayOfMonth(1)),
                DueBasis.PROVISIONAL));
        all.add(new PlannedDeliverable(
                "HANDOVER:DONE",
                "引継完了報告書",
                HANDOVER,
                lastYear,
                calendar.addBusinessDays(Contract.END.minusDays(1), 0),
                DueBasis.PROVISIONAL));
        all.sort(Comparator.comparing(PlannedDeliverable::due).thenComparing(PlannedDeliverable::key));
        return List.copyOf(all);
    }
}
