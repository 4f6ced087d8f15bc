package jp.shomu.ledger.app.cli;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import jp.shomu.ledger.domain.cases.InvalidInputException;

/** Parses the date-times the centre's commands take: 2027-04-12T09:05 or "2027-04-12 09:05". */
final class CentreTimes {
    private CentreTimes() {}

    static LocalDateTime dateTime(String text) {
        String t = text.strip().replace(' ', 'T');
        try {
            return LocalDateTime.parse(t.length() == 16 ? t : t.length() == 10 ? t + "T00:00" : t);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("日時は YYYY-MM-DDTHH:MM の形で指定してください(例: 2027-04-12T09:05): " + text);
        }
    }

    static LocalDate date(String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("日付は YYYY-MM-DD の形で指定してください: " + text);
        }
    }
}
