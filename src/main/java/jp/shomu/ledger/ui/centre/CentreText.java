package jp.shomu.ledger.ui.centre;

import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

/** The text forms the centre tab's fields take: "2027-04-12 09:05" for a moment, "2-2,2-6" for a list. */
final class CentreText {
    private CentreText() {}

    static String dateTime(LocalDateTime t) {
        return t == null ? "" : t.toString().replace('T', ' ');
    }

    /** "2027-04-12 09:05" or "2027-04-12T09:05"; a malformed one throws DateTimeParseException (centre.badInput). */
    static LocalDateTime parseDateTime(String text) {
        return LocalDateTime.parse(text.strip().replace(' ', 'T'));
    }

    /** Splits at commas, 読点 and spaces, dropping blanks. */
    static List<String> list(String text) {
        return Arrays.stream(text.split("[,、\\s]+")).filter(s -> !s.isBlank()).toList();
    }
}
