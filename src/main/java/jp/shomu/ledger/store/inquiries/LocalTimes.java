package jp.shomu.ledger.store.inquiries;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** How the inquiry and FAQ tables write Japan local date-times: yyyy-MM-ddTHH:mm:ss, sortable as text. */
final class LocalTimes {
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

    private LocalTimes() {}

    static String write(LocalDateTime t) {
        return t == null ? null : t.truncatedTo(ChronoUnit.SECONDS).format(FORMAT);
    }

    static LocalDateTime read(String s) {
        return s == null || s.isEmpty() ? null : LocalDateTime.parse(s);
    }
}
