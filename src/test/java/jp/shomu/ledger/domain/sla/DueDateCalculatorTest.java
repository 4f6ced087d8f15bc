package jp.shomu.ledger.domain.sla;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import jp.shomu.ledger.domain.calendar.BusinessCalendar;
import jp.shomu.ledger.domain.catalog.SlaKind;
import jp.shomu.ledger.domain.catalog.SlaRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DueDateCalculatorTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    private final DueDateCalculator calculator = new DueDateCalculator(BusinessCalendar.standard());

    private static SlaRule rule(SlaKind kind, int days, int warnDays) {
        return new SlaRule(kind, days, warnDays, "payrollCutoff", "");
    }

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    @ParameterizedTest(name = "{0} + {1} business days → {3}")
    @CsvSource(textBlock = """
            # a Friday before Golden Week
            2026-05-01, 3, 1, 2026-05-11, 2026-05-08
            # across the year-end closure
            2026-12-25, 3, 1, 2027-01-05, 2027-01-04
            # documents completed on a Saturday
            2026-05-09, 1, 0, 2026-05-11, 2026-05-11
            # a same-day rule on a closed day falls on the next business day
            2026-05-02, 0, 0, 2026-05-07, 2026-05-07
            """)
    void businessDayRulesCountFromTheDayAfterTheStart(
            LocalDate start, int days, int warnDays, LocalDate due, LocalDate warnFrom) {
        SlaRule rule = rule(SlaKind.BUSINESS_DAYS, days, warnDays);

        SlaDates dates = calculator.datesFor(rule, start, null, List.of(), TODAY);

        assertEquals(new SlaDates(due, warnFrom), dates);
    }

    @ParameterizedTest(name = "pause {0}–{1} → due {2}")
    @CsvSource(textBlock = """
            # without the pause, 3 business days after Friday 6/5 is Wednesday 6/10
            # Monday to Wednesday holds Monday and Tuesday
            2026-06-08, 2026-06-10, 2026-06-12
            # a pause that ends the day it starts holds nothing
            2026-06-08, 2026-06-08, 2026-06-10
            # days up to the start are not on the clock
            2026-06-01, 2026-06-08, 2026-06-10
            # a pause after the due date cannot rescue a late case
            2026-06-11, 2026-06-15, 2026-06-10
            # a pause over the weekend holds only its business days
            2026-06-05, 2026-06-09, 2026-06-11
            """)
    void aPausePushesTheDueDateByTheBusinessDaysItHolds(LocalDate from, LocalDate to, LocalDate due) {
        SlaDates dates = calculator.datesFor(
                rule(SlaKind.BUSINESS_DAYS, 3, 1), date("2026-06-05"), null, List.of(new Pause(from, to)), TODAY);

        assertEquals(due, dates.due());
    }

    @Test
    void aPauseAcrossGoldenWeekPushesOnlyTheBusinessDaysInIt() {
        // Without the pause: 4/28, 4/30, 5/1. The pause holds 4/30 and 5/1; the rest of the week is closed anyway.
        SlaDates dates = calculator.datesFor(
                rule(SlaKind.BUSINESS_DAYS, 3, 1),
                date("2026-04-27"),
                null,
                List.of(new Pause(date("2026-04-30"), date("2026-05-07"))),
                TODAY);

        assertEquals(date("2026-05-08"), dates.due());
        assertEquals(date("2026-05-07"), dates.warnFrom());
    }

    @Test
    void anOpenPauseHoldsTheDaysBeforeToday() {
        SlaRule rule = rule(SlaKind.BUSINESS_DAYS, 3, 1);
        LocalDate start = date("2026-06-05");
        List<Pause> open = List.of(new Pause(date("2026-06-08"), null));

        assertEquals(
                date("2026-06-10"),
                calculator.datesFor(rule, start, null, open, date("2026-06-08")).due());
        assertEquals(
                date("2026-06-12"),
                calculator.datesFor(rule, start, null, open, date("2026-06-10")).due());
    }

    @Test
    void overlappingPausesHoldEachDayOnce() {
        List<Pause> pauses = List.of(
                new Pause(date("2026-06-08"), date("2026-06-10")), new Pause(date("2026-06-09"), date("2026-06-11")));

        SlaRule rule = rule(SlaKind.BUSINESS_DAYS, 3, 1);

        SlaDates dates = calculator.datesFor(rule, date("2026-06-05"), null, pauses, TODAY);

        assertEquals(date("2026-06-15"), dates.due());
    }

    @Test
    void aCalendarDayLimitKeepsItsDayEvenInTheClosureAndIgnoresPauses() {
        List<Pause> pauses = List.of(new Pause(date("2026-12-27"), date("2026-12-30")));

        SlaRule rule = rule(SlaKind.CALENDAR_DAYS, 5, 1);

        SlaDates dates = calculator.datesFor(rule, date("2026-12-26"), null, pauses, TODAY);

        assertEquals(new SlaDates(date("2026-12-31"), date("2026-12-28")), dates);
    }

    @ParameterizedTest(name = "{1} business days before {0} → {3}")
    @CsvSource(textBlock = """
            # a Monday cut-off: count back over the weekend
            2026-06-15, 3, 1, 2026-06-10, 2026-06-09
            # a cut-off after Golden Week
            2026-05-07, 2, 0, 2026-04-30, 2026-04-30
            # zero days before a Sunday cut-off is the Friday before
            2026-06-14, 0, 0, 2026-06-12, 2026-06-12
            # zero days before a business-day cut-off is the cut-off
            2026-06-15, 0, 0, 2026-06-15, 2026-06-15
            """)
    void beforeDeadlineRulesCountBackFromTheDeadline(
            LocalDate deadline, int days, int warnDays, LocalDate due, LocalDate warnFrom) {
        List<Pause> ignored = List.of(new Pause(date("2026-04-01"), date("2026-06-30")));

        SlaDates dates = calculator.datesFor(
                rule(SlaKind.BEFORE_DEADLINE, days, warnDays),
                date("2026-04-20"),
                deadline,
                ignored,
                date("2026-06-30"));

        assertEquals(new SlaDates(due, warnFrom), dates);
    }

    @Test
    void aBeforeDeadlineRuleWithoutTheDeadlineSaysWhichFieldIsMissing() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> calculator.datesFor(
                        rule(SlaKind.BEFORE_DEADLINE, 3, 1), date("2026-06-01"), null, List.of(), TODAY));

        assertTrue(e.getMessage().contains("締切日（payrollCutoff）"), e.getMessage());
    }

    @Test
    void refusesARuleThatCountsNegativeDays() {
        assertThrows(
                IllegalArgumentException.class,
                () -> calculator.datesFor(
                        rule(SlaKind.BUSINESS_DAYS, -1, 0), date("2026-06-01"), null, List.of(), TODAY));
    }
}
