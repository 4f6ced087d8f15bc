package jp.shomu.ledger.domain.calendar;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/**
 * The centre's opening hours (8:30–17:15 on business days) and how many of those minutes lie between two moments:
 * how first-response and resolution times of inquiries are measured, so a question asked at 17:00 and answered at
 * 8:45 the next business day took 30 minutes, not 15 hours 45.
 */
public final class BusinessHours {
    public static final LocalTime OPENS = LocalTime.of(8, 30);
    public static final LocalTime CLOSES = LocalTime.of(17, 15);

    private final BusinessCalendar calendar;

    public BusinessHours(BusinessCalendar calendar) {
        this.calendar = calendar;
    }

    /** Whole business minutes from {@code from} to {@code to} (0 when {@code to} is not after {@code from}). */
    public long minutesBetween(LocalDateTime from, LocalDateTime to) {
        if (!to.isAfter(from)) {
            return 0;
        }
        long minutes = 0;
        for (LocalDate day = from.toLocalDate(); !day.isAfter(to.toLocalDate()); day = day.plusDays(1)) {
            if (!calendar.isBusinessDay(day)) {
                continue;
            }
            LocalDateTime open = day.atTime(OPENS);
            LocalDateTime close = day.atTime(CLOSES);
            LocalDateTime start = from.isAfter(open) ? from : open;
            LocalDateTime end = to.isBefore(close) ? to : close;
            if (end.isAfter(start)) {
                minutes += Duration.between(start, end).toMinutes();
            }
        }
        return minutes;
    }
}
