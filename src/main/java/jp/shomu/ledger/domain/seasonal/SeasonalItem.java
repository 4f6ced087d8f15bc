package jp.shomu.ledger.domain.seasonal;

import java.util.List;

/**
 * One piece of recurring work of the centre's year (domain-22.md §0.6), with the 中区分 its cases belong to, the
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
        months = List.copyOf(months);
    }
}
