package jp.shomu.ledger.domain.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class BusinessHoursTest {
    private final BusinessHours hours = new BusinessHours(BusinessCalendar.standard());

    @Test
    void onlyMinutesBetweenHalfPastEightAndQuarterPastFiveOnBusinessDaysCount() {
        // Friday 2027-04-09 17:00 → Monday 2027-04-12 08:45: 15 minutes on Friday, 15 on Monday
        assertEquals(
                30, hours.minutesBetween(LocalDateTime.of(2027, 4, 9, 17, 0), LocalDateTime.of(2027, 4, 12, 8, 45)));
        assertEquals(
                45, hours.minutesBetween(LocalDateTime.of(2027, 4, 12, 9, 0), LocalDateTime.of(2027, 4, 12, 9, 45)));
    }

    @Test
    void aQuestionAskedBeforeOpeningStartsTheClockAtOpening() {
        assertEquals(
                30, hours.minutesBetween(LocalDateTime.of(2027, 4, 12, 7, 0), LocalDateTime.of(2027, 4, 12, 9, 0)));
    }

    @Test
    void holidaysAndTheYearEndClosureDoNotCount() {
        // 2027-04-29 (Thu) is 昭和の日; a full business day is 525 minutes
        assertEquals(
                525,
                hours.minutesBetween(LocalDateTime.of(2027, 4, 28, 17, 15), LocalDateTime.of(2027, 4, 30, 17, 15)));
        // 12/28 (Tue) 17:15 → 1/4 (Tue) 8:30: closed from 12/29 to 1/3
        assertEquals(
                0, hours.minutesBetween(LocalDateTime.of(2027, 12, 28, 17, 15), LocalDateTime.of(2028, 1, 4, 8, 30)));
    }

    @Test
    void anEndBeforeTheStartIsZero() {
        assertEquals(
                0, hours.minutesBetween(LocalDateTime.of(2027, 4, 12, 10, 0), LocalDateTime.of(2027, 4, 12, 9, 0)));
    }
}
