package jp.shomu.ledger.store;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import jp.shomu.ledger.domain.calendar.JapanTime;

/**
 * Turns days in Japan time into bounds for the audit trail's {@code at} column (an Instant's text in UTC). The
 * bounds are written with milliseconds ".000Z", which sorts before any row of the same second however the row's
 * time was written ("…:00Z" or "…:00.250Z"), so plain text comparison selects exactly the right rows.
 */
public final class AuditTimes {
    private static final DateTimeFormatter BOUND =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(java.time.ZoneOffset.UTC);

    private AuditTimes() {}

    /** The first instant of {@code day}; rows with {@code at >= startOf(day)} happened on or after it. */
    public static String startOf(LocalDate day) {
        return BOUND.format(day.atStartOfDay(JapanTime.ZONE).toInstant());
    }

    /** The first instant after {@code day}; rows with {@code at < endOf(day)} happened on or before it. */
    public static String endOf(LocalDate day) {
        return startOf(day.plusDays(1));
    }
}
