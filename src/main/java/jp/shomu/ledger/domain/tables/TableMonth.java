package jp.shomu.ledger.domain.tables;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import jp.shomu.ledger.domain.cases.InvalidInputException;

/** The month a table row belongs to, typed as YYYY-MM. */
public final class TableMonth {
    private TableMonth() {}

    public static YearMonth parse(String text) {
        String t = text == null ? "" : text.strip();
        if (!t.matches("\\d{4}-\\d{2}")) {
            throw new InvalidInputException("月は YYYY-MM の形で指定してください(例: 2027-04): " + t);
        }
        try {
            return YearMonth.parse(t);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("月が正しくありません: " + t);
        }
    }
}
