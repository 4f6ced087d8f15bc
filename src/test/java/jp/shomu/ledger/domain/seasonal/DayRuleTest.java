package jp.shomu.ledger.domain.seasonal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import jp.shomu.ledger.domain.calendar.BusinessCalendar;
import jp.shomu.ledger.domain.cases.InvalidInputException;
import org.junit.jupiter.api.Test;

/** The days a recurring item comes due, on the Japanese business calendar. */
class DayRuleTest {
    private final BusinessCalendar calendar = BusinessCalendar.standard();

    @Test
    void theFirstBusinessDayOfMaySkipsGoldenWeek() {
        // 2027-05-01/02 a weekend, 05-03..05 holidays
        assertEquals(LocalDate.of(2027, 5, 6), DayRule.parse("B1").dayIn(YearMonth.of(2027, 5), calendar));
    }

    @Test
    void countingFromTheMonthsEnd() {
        assertEquals(LocalDate.of(2027, 6, 28), DayRule.parse("B-3").dayIn(YearMonth.of(2027, 6), calendar));
        assertEquals(LocalDate.of(2027, 6, 30), DayRule.parse("b-1").dayIn(YearMonth.of(2027, 6), calendar));
    }

    @Test
    void aClosedCalendarDayMovesBackUnlessThatLeavesTheMonth() {
        // 2027-05-15 is a Saturday: the Friday before
        assertEquals(LocalDate.of(2027, 5, 14), DayRule.parse("D15").dayIn(YearMonth.of(2027, 5), calendar));
        // 2027-08-01 is a Sunday: going back would leave August, so the Monday after
        assertEquals(LocalDate.of(2027, 8, 2), DayRule.parse("D1").dayIn(YearMonth.of(2027, 8), calendar));
        // the 31st of a 30-day month is its last day
        assertEquals(LocalDate.of(2027, 6, 30), DayRule.parse("D31").dayIn(YearMonth.of(2027, 6), calendar));
    }

    @Test
    void aRuleIsWrittenBackAsItWasTyped() {
        for (String code : new String[] {"D15", "B3", "B-3"}) {
            assertEquals(code, DayRule.parse(code).code());
        }
        assertThrows(InvalidInputException.class, () -> DayRule.parse("15日"));
        assertThrows(InvalidInputException.class, () -> DayRule.parse("B0"));
        assertThrows(InvalidInputException.class, () -> DayRule.parse("D32"));
    }

    @Test
    void aSubjectNamesItsMonthAndNumbersABatch() {
        SeasonalItem item = new SeasonalItem(
                "BONUS", "期末・勤勉手当", "2-1", List.of(6, 12), SeasonalAction.CASES, "期末・勤勉手当 {月}", DayRule.parse("D1"));
        SeasonalSetup three = new SeasonalSetup(
                item.key(),
                SeasonalAction.CASES,
                "期末・勤勉手当 {月}",
                3,
                null,
                item.rule(),
                LocalDate.of(2027, 4, 1),
                true,
                0);
        SeasonalOccurrence o = three.occurrences(item, calendar, LocalDate.of(2027, 4, 1), LocalDate.of(2027, 12, 31))
                .get(0);
        assertEquals(YearMonth.of(2027, 6), o.month());
        assertEquals(LocalDate.of(2027, 6, 1), o.day());
        assertEquals("期末・勤勉手当 令和9年6月 (2/3)", o.subject(2));
        assertEquals(
                2,
                three.occurrences(item, calendar, LocalDate.of(2027, 4, 1), LocalDate.of(2027, 12, 31))
                        .size());
    }
}
