package jp.shomu.ledger.domain.seasonal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import jp.shomu.ledger.domain.calendar.BusinessCalendar;
import jp.shomu.ledger.domain.cases.InvalidInputException;

/**
 * How a leader set up one recurring item: what it does, the subject of its cases and how many, who gets them (null:
 * nobody yet, the desk assigns them), on which day, and from which day on it runs.
 */
public record SeasonalSetup(
        String itemKey,
        SeasonalAction action,
        String subject,
        int count,
        String assignee,
        DayRule rule,
        LocalDate startsOn,
        boolean enabled,
        long version) {
    /** Largest batch: a leader's mistake must not register thousands of cases. */
    public static final int MOST_CASES = 200;

    public SeasonalSetup {
        if (subject == null || subject.isBlank()) {
            throw new InvalidInputException("件名を入力してください");
        }
        if (count < 1 || count > MOST_CASES) {
            throw new InvalidInputException("件数は1〜" + MOST_CASES + "件です: " + count);
        }
    }

    /** The item's own defaults, from {@code startsOn}, not yet saved. */
    public static SeasonalSetup defaults(SeasonalItem item, LocalDate startsOn) {
        return new SeasonalSetup(item.key(), item.action(), item.subject(), 1, null, item.rule(), startsOn, true, 0);
    }

    /** The occurrences of {@code item} whose day falls between two days (both included) and not before startsOn. */
    public List<SeasonalOccurrence> occurrences(
            SeasonalItem item, BusinessCalendar calendar, LocalDate first, LocalDate last) {
        List<SeasonalOccurrence> result = new ArrayList<>();
        LocalDate from = first.isBefore(startsOn) ? startsOn : first;
        // a day rule keeps an occurrence inside its month, so the months of the range hold them all
        for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(last)); m = m.plusMonths(1)) {
            if (item.months().contains(m.getMonthValue())) {
                LocalDate day = rule.dayIn(m, calendar);
                if (!day.isBefore(from) && !day.isAfter(last)) {
                    result.add(new SeasonalOccurrence(item, this, m, day));
                }
            }
        }
        return result;
    }
}
