package jp.shomu.ledger.store.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The moment a month's report is taken at: the start of the Japanese day after its last day. Stored instants are
 * Instant.toString() text; the cut is written with milliseconds so that a plain text comparison orders it right
 * against both "…:00Z" and "…:00.5Z".
 */
public final class AsOf {
    private static final ZoneId JST = ZoneId.of("Asia/Tokyo");
    private static final DateTimeFormatter TEXT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private AsOf() {}

    /** The first instant after {@code day} in Japan. */
    public static Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(JST).toInstant();
    }

    /** {@code at} as text that compares with stored instants: stored &lt; text exactly when stored is before {@code at}. */
    public static String text(Instant at) {
        return TEXT.format(at);
    }
}
