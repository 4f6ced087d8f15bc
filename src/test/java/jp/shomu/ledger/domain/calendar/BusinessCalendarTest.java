package jp.shomu.ledger.domain.calendar;

import static jp.shomu.ledger.domain.calendar.HolidayOverride.Kind.ADD_HOLIDAY;
import static jp.shomu.ledger.domain.calendar.HolidayOverride.Kind.REMOVE_HOLIDAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BusinessCalendarTest {
    private final BusinessCalendar calendar = BusinessCalendar.standard();

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(textBlock = """
            # the Thursday inside Golden Week
            2026-04-30, true
            2026-05-01, true
            # 振替休日 for 5/3
            2026-05-06, false
            # Saturday
            2026-05-09, false
            # 国民の休日
            2026-09-22, false
            # last day before the closure
            2026-12-28, true
            # year-end closure
            2026-12-29, false
            2026-12-31, false
            2027-01-03, false
            2027-01-04, true
            # 振替休日 for 春分の日 on a Sunday
            2027-03-22, false
            """)
    void knowsWhichDaysAreBusinessDays(LocalDate date, boolean businessDay) {
        assertEquals(businessDay, calendar.isBusinessDay(date));
    }

    @ParameterizedTest(name = "{0} + {1} = {2}")
    @CsvSource(textBlock = """
            2026-04-30,  1, 2026-05-01
            # across Golden Week
            2026-05-01,  1, 2026-05-07
            2026-04-28,  3, 2026-05-07
            # across the year-end closure
            2026-12-28,  1, 2027-01-04
            2026-12-25,  2, 2027-01-04
            # across the シルバーウィーク
            2026-09-18,  1, 2026-09-24
            # 振替休日 2024-02-12
            2024-02-09,  1, 2024-02-13
            # from a Saturday, counting starts on Sunday
            2026-05-09,  1, 2026-05-11
            # zero keeps a business day
            2026-05-07,  0, 2026-05-07
            # zero moves a closed day forward
            2026-05-02,  0, 2026-05-07
            2026-05-07, -1, 2026-05-01
            2027-01-04, -1, 2026-12-28
            2026-05-09, -1, 2026-05-08
            """)
    void addsBusinessDaysCountingFromTheNextDay(LocalDate date, int n, LocalDate expected) {
        assertEquals(expected, calendar.addBusinessDays(date, n));
    }

    @Test
    void nextAndPreviousBusinessDayStepOverTheClosure() {
        assertEquals(LocalDate.of(2027, 1, 4), calendar.nextBusinessDay(LocalDate.of(2026, 12, 28)));
        assertEquals(LocalDate.of(2026, 12, 28), calendar.previousBusinessDay(LocalDate.of(2027, 1, 4)));
        assertEquals(LocalDate.of(2026, 5, 8), calendar.nextBusinessDay(LocalDate.of(2026, 5, 7)));
    }

    @ParameterizedTest(name = "({0}, {1}] = {2}")
    @CsvSource(textBlock = """
            2026-04-30, 2026-05-07,  2
            2026-05-07, 2026-04-30, -2
            2026-12-28, 2027-01-04,  1
            2026-06-01, 2026-06-01,  0
            2026-05-31, 2026-06-30, 22
            """)
    void countsBusinessDaysAfterTheFirstDateUpToTheSecond(LocalDate from, LocalDate to, int expected) {
        assertEquals(expected, calendar.countBusinessDays(from, to));
    }

    @Test
    void countingUndoesAddingForEveryDayOfAYear() {
        for (LocalDate day = LocalDate.of(2026, 1, 1); day.getYear() == 2026; day = day.plusDays(1)) {
            for (int n = 1; n <= 10; n++) {
                assertEquals(n, calendar.countBusinessDays(day, calendar.addBusinessDays(day, n)), day + " + " + n);
            }
        }
    }

    @Test
    void closedDaysAreNotNationalHolidays() {
        assertTrue(calendar.isClosedDay(LocalDate.of(2026, 12, 29)));
        assertTrue(calendar.isClosedDay(LocalDate.of(2027, 1, 3)));
        assertFalse(calendar.isClosedDay(LocalDate.of(2026, 12, 28)));
        assertFalse(calendar.isClosedDay(LocalDate.of(2027, 1, 4)));
        assertEquals(JapaneseHolidays.holidaysOf(2026), calendar.nationalHolidays(2026));
    }

    @Test
    void anAddedHolidayClosesAWeekdayAndIsListedByName() {
        LocalDate day = LocalDate.of(2030, 5, 7);
        BusinessCalendar withLaw = calendar.withOverrides(List.of(new HolidayOverride(day, "臨時休日", ADD_HOLIDAY)));

        assertFalse(withLaw.isBusinessDay(day));
        assertEquals(Optional.of(new Holiday(day, "臨時休日")), withLaw.nationalHoliday(day));
        assertTrue(withLaw.nationalHolidays(2030).contains(new Holiday(day, "臨時休日")));
        assertEquals(
                JapaneseHolidays.holidaysOf(2030).size() + 1,
                withLaw.nationalHolidays(2030).size());
    }

    @Test
    void aRemovedHolidayBecomesABusinessDay() {
        LocalDate marineDay = LocalDate.of(2030, 7, 15);
        BusinessCalendar withLaw = calendar.withOverrides(List.of(new HolidayOverride(marineDay, "", REMOVE_HOLIDAY)));

        assertTrue(withLaw.isBusinessDay(marineDay));
        assertEquals(Optional.empty(), withLaw.nationalHoliday(marineDay));
        assertFalse(
                withLaw.nationalHolidays(2030).stream().anyMatch(h -> h.date().equals(marineDay)));
    }

    @Test
    void removingAWeekendHolidayLeavesTheWeekendClosed() {
        LocalDate sunday = LocalDate.of(2026, 5, 3);
        BusinessCalendar withLaw = calendar.withOverrides(List.of(new HolidayOverride(sunday, null, REMOVE_HOLIDAY)));

        assertFalse(withLaw.isBusinessDay(sunday));
    }

    @Test
    void overridesReplaceTheEarlierTableAndLeaveTheStandardCalendarAlone() {
        LocalDate first = LocalDate.of(2030, 5, 7);
        LocalDate second = LocalDate.of(2030, 5, 8);
        BusinessCalendar once = calendar.withOverrides(List.of(new HolidayOverride(first, "臨時休日", ADD_HOLIDAY)));
        BusinessCalendar twice = once.withOverrides(List.of(new HolidayOverride(second, "臨時休日", ADD_HOLIDAY)));

        assertTrue(twice.isBusinessDay(first));
        assertFalse(twice.isBusinessDay(second));
        assertFalse(once.isBusinessDay(first));
        assertTrue(BusinessCalendar.standard().isBusinessDay(first));
    }

    @Test
    void refusesTwoOverridesForOneDate() {
        LocalDate day = LocalDate.of(2030, 5, 7);
        List<HolidayOverride> clash =
                List.of(new HolidayOverride(day, "臨時休日", ADD_HOLIDAY), new HolidayOverride(day, "", REMOVE_HOLIDAY));

        assertThrows(IllegalArgumentException.class, () -> calendar.withOverrides(clash));
    }

    @Test
    void anAddedHolidayNeedsAName() {
        assertThrows(
                IllegalArgumentException.class, () -> new HolidayOverride(LocalDate.of(2030, 5, 7), " ", ADD_HOLIDAY));
    }
}
