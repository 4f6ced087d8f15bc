package jp.shomu.ledger.domain.seasonal;

import java.time.LocalDate;
import java.time.YearMonth;
import jp.shomu.ledger.domain.calendar.BusinessCalendar;
import jp.shomu.ledger.domain.cases.InvalidInputException;

/**
 * On which day of a month a recurring item comes due, written as a leader types it: {@code D15} the 15th (a closed day
 * moves to the business day before it, or after it when none is left in the month), {@code B3} the 3rd business day,
 * {@code B-3} the 3rd business day counted from the month's end.
 */
public record DayRule(Kind kind, int n) {
    /** How {@link #n} counts. */
    public enum Kind {
        CALENDAR_DAY,
        BUSINESS_DAY,
        BUSINESS_DAY_FROM_END
    }

    public DayRule {
        int max = kind == Kind.CALENDAR_DAY ? 31 : 20;
        if (n < 1 || n > max) {
            throw new InvalidInputException("日付の決め方の数は1〜" + max + "です: " + n);
        }
    }

    public static DayRule parse(String text) {
        String t = text == null ? "" : text.strip().toUpperCase(java.util.Locale.ROOT);
        try {
            if (t.startsWith("B-")) {
                return new DayRule(Kind.BUSINESS_DAY_FROM_END, Integer.parseInt(t.substring(2)));
            }
            if (t.startsWith("B")) {
                return new DayRule(Kind.BUSINESS_DAY, Integer.parseInt(t.substring(1)));
            }
            if (t.startsWith("D")) {
                return new DayRule(Kind.CALENDAR_DAY, Integer.parseInt(t.substring(1)));
            }
        } catch (NumberFormatException e) {
            // falls through to the message below
        }
        throw new InvalidInputException("日付の決め方は D15(15日)・B3(第3営業日)・B-3(月末から3営業日前)の形で指定してください: " + text);
    }

    /** The day in {@code month}. */
    public LocalDate dayIn(YearMonth month, BusinessCalendar calendar) {
        return switch (kind) {
            case CALENDAR_DAY -> {
                LocalDate day = month.atDay(Math.min(n, month.lengthOfMonth()));
                if (calendar.isBusinessDay(day)) {
                    yield day;
                }
                LocalDate before = calendar.previousBusinessDay(day);
                yield YearMonth.from(before).equals(month) ? before : calendar.nextBusinessDay(day);
            }
            case BUSINESS_DAY -> calendar.addBusinessDays(month.atDay(1).minusDays(1), n);
            case BUSINESS_DAY_FROM_END ->
                calendar.addBusinessDays(month.atEndOfMonth().plusDays(1), -n);
        };
    }

    /** D15, B3 or B-3: the form {@link #parse} reads. */
    public String code() {
        return switch (kind) {
            case CALENDAR_DAY -> "D" + n;
            case BUSINESS_DAY -> "B" + n;
            case BUSINESS_DAY_FROM_END -> "B-" + n;
        };
    }

    /** 毎月15日, 第3営業日, 月末から3営業日前. */
    public String label() {
        return switch (kind) {
            case CALENDAR_DAY -> n + "日(休日は前の営業日)";
            case BUSINESS_DAY -> "第" + n + "営業日";
            case BUSINESS_DAY_FROM_END -> "月末から" + n + "営業日前";
        };
    }
}
