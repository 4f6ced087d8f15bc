package jp.shomu.ledger.domain.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A day that a new law makes a holiday, or stops being one, imported by a leader on top of the built-in rules.
 *
 * <p>An override is taken literally: it does not trigger 振替休日 or 国民の休日 by itself, so the table must list
 * every day the law changes, as the Cabinet Office list does.
 */
public record HolidayOverride(LocalDate date, String name, Kind kind) {

    /** Whether the override adds a holiday or removes one. */
    public enum Kind {
        ADD_HOLIDAY,
        REMOVE_HOLIDAY
    }

    public HolidayOverride {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        name = name == null ? "" : name.strip();
        if (kind == Kind.ADD_HOLIDAY && name.isEmpty()) {
            throw new IllegalArgumentException("追加する休日の名称が入力されていません: " + date);
        }
    }
}
