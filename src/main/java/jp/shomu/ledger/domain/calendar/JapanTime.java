package jp.shomu.ledger.domain.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** The centre works in Japan time: every "today", month end and printed time is read in this zone. */
public final class JapanTime {
    public static final ZoneId ZONE = ZoneId.of("Asia/Tokyo");

    private JapanTime() {}

    /** Today in Japan by {@code clock}. */
    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }
}
