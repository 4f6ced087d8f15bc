package jp.shomu.ledger.domain.calendar;

/** A date the user typed that cannot be read or does not exist; the message is Japanese and shown as is. */
public class DateParseException extends IllegalArgumentException {
    public DateParseException(String message) {
        super(message);
    }
}
