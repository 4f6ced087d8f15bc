package jp.shomu.ledger.domain.seasonal;

import java.util.List;
import jp.shomu.ledger.domain.catalog.RecurringWork;

/**
 * One piece of recurring work of the centre's year (domain-22.md §0.6), kept in the catalog ({@code seasonal}), with the 中区分 its cases belong to, the
 * months it comes in and what it does unless a leader sets it up otherwise.
 *
 * @param key            stable English identifier, the ledger's key
 * @param label          Japanese name
 * @param typeCode       the 中区分 of its cases
 * @param months         months (1–12) in which it comes
 * @param action         what it does by default
 * @param subject        the default subject pattern ({@link SeasonalOccurrence#subject})
 * @param rule           the default day
 */
public record SeasonalItem(
        String key,
        String label,
        String typeCode,
        List<Integer> months,
        SeasonalAction action,
        String subject,
        DayRule rule) {
    public SeasonalItem {
        months = months == null ? List.of() : List.copyOf(months);
    }

    /** The item as the catalog writes it; an action or day rule that does not read is refused. */
    public static SeasonalItem of(RecurringWork work) {
        return new SeasonalItem(
                work.key(),
                work.label(),
                work.typeCode(),
                work.months(),
                SeasonalAction.parse(work.action()),
                work.subject(),
                DayRule.parse(work.rule()));
    }
}
