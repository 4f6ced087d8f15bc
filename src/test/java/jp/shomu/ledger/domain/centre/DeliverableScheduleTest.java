package jp.shomu.ledger.domain.centre;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import jp.shomu.ledger.domain.calendar.BusinessCalendar;
import jp.shomu.ledger.domain.cases.InvalidInputException;
import org.junit.jupiter.api.Test;

/** The due dates of spec §14 in business days, and a deliverable's way with the city. */
class DeliverableScheduleTest {
    private final BusinessCalendar cal = BusinessCalendar.standard();

    @Test
    void theMonthlyReportIsDueOnTheFifthBusinessDayOfTheNextMonth() {
        // 2027-06 report: July 2027 starts on a Thursday: 1, 2, 5, 6, 7.
        assertEquals(LocalDate.of(2027, 7, 7), DeliverableSchedule.monthlyReportDue(YearMonth.of(2027, 6), cal));
    }

    @Test
    void acrossTheYearEndTheClosedDaysAndComingOfAgeDayAreSkipped() {
        // 2028-01-01 is a Saturday; 1/1–1/3 closed; 1/4 Tue … 1/7 Fri are four; 1/10 is 成人の日; 1/11 is the fifth.
        assertEquals(LocalDate.of(2028, 1, 11), DeliverableSchedule.monthlyReportDue(YearMonth.of(2027, 12), cal));
        // Minutes of a meeting on Monday 2027-12-27: 12/28, then 12/29–1/3 closed, 1/4, 1/5, 1/6, 1/7.
        assertEquals(LocalDate.of(2028, 1, 7), DeliverableSchedule.minutesDue(LocalDate.of(2027, 12, 27), cal));
    }

    @Test
    void goldenWeekIsSkipped() {
        // May 2028: 5/1 Mon, 5/2 Tue, 5/3–5/5 holidays, 5/8, 5/9, 5/10.
        assertEquals(LocalDate.of(2028, 5, 10), DeliverableSchedule.monthlyReportDue(YearMonth.of(2028, 4), cal));
    }

    @Test
    void substituteHolidaysAreSkipped() {
        // 2029-04-29 (昭和の日) is a Sunday: 4/30 is its substitute. Meeting Thu 4/26: 4/27, 5/1, 5/2, 5/7, 5/8.
        assertEquals(LocalDate.of(2029, 5, 8), DeliverableSchedule.minutesDue(LocalDate.of(2029, 4, 26), cal));
        // 2026-05-03 is a Sunday: 5/6 is its substitute. Meeting Thu 4/30: 5/1, 5/7, 5/8, 5/11, 5/12.
        assertEquals(LocalDate.of(2026, 5, 12), DeliverableSchedule.minutesDue(LocalDate.of(2026, 4, 30), cal));
    }

    @Test
    void theMeetingDayIsNotCountedEvenWhenItIsABusinessDay() {
        // Wednesday 2027-06-16: 17, 18, 21, 22, 23.
        assertEquals(LocalDate.of(2027, 6, 23), DeliverableSchedule.minutesDue(LocalDate.of(2027, 6, 16), cal));
    }

    @Test
    void theWholeContractHasFortyTwoMonthlyReportsAndYearlyItemsBeforeEachYear() {
        List<PlannedDeliverable> all = DeliverableSchedule.forContract(cal);
        List<PlannedDeliverable> monthly = all.stream()
                .filter(d -> d.name().equals(DeliverableSchedule.MONTHLY_REPORT))
                .toList();
        assertEquals(42, monthly.size());
        assertEquals("2027-04", monthly.get(0).period());
        assertEquals("2030-09", monthly.get(41).period());
        assertEquals(LocalDate.of(2030, 10, 7), monthly.get(41).due());
        List<PlannedDeliverable> sla =
                all.stream().filter(d -> d.name().equals("サービスレベル合意書")).toList();
        assertEquals(
                List.of("FY2027", "FY2028", "FY2029", "FY2030"),
                sla.stream().map(PlannedDeliverable::period).toList());
        // before FY2028's operation: Friday 2028-03-31 is a business day
        assertEquals(LocalDate.of(2028, 3, 31), sla.get(1).due());
        assertEquals(DueBasis.PROVISIONAL, sla.get(1).basis());
        for (int i = 1; i < all.size(); i++) {
            assertTrue(!all.get(i).due().isBefore(all.get(i - 1).due()), "ordered by due date");
        }
        assertEquals(
                all.size(), all.stream().map(PlannedDeliverable::key).distinct().count(), "keys are unique");
    }

    @Test
    void theCitySendsADeliverableBackAndItIsSubmittedAgain() {
        DeliverableState s = DeliverableState.NOT_SUBMITTED.submit();
        assertEquals(DeliverableState.SUBMITTED, s);
        s = s.sendBack();
        assertEquals(DeliverableState.RETURNED, s);
        assertTrue(s.owed());
        s = s.submit().accept();
        assertEquals(DeliverableState.ACCEPTED, s);
        DeliverableState accepted = s;
        assertThrows(InvalidInputException.class, accepted::submit);
        assertThrows(InvalidInputException.class, DeliverableState.NOT_SUBMITTED::accept);
        assertThrows(InvalidInputException.class, DeliverableState.RETURNED::sendBack);
    }

    @Test
    void anImprovementGoesItsWayAndNoFurtherAfterRejection() {
        ImprovementStatus s = ImprovementStatus.PROPOSED
                .moveTo(ImprovementStatus.DISCUSSING)
                .moveTo(ImprovementStatus.ADOPTED)
                .moveTo(ImprovementStatus.IMPLEMENTED)
                .moveTo(ImprovementStatus.MEASURED);
        assertEquals(ImprovementStatus.MEASURED, s);
        assertThrows(
                InvalidInputException.class, () -> ImprovementStatus.REJECTED.moveTo(ImprovementStatus.IMPLEMENTED));
        assertThrows(
                InvalidInputException.class, () -> ImprovementStatus.PROPOSED.moveTo(ImprovementStatus.IMPLEMENTED));
    }
}
