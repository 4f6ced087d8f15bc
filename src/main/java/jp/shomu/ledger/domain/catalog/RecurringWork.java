package jp.shomu.ledger.domain.catalog;

import java.util.List;

/**
 * A piece of recurring work of the year as the catalog writes it (catalog.json {@code seasonal}); the seasonal
 * calendar reads it as a {@code domain.seasonal.SeasonalItem}. Action and day rule stay text here, as typed, so the
 * catalog does not depend on the calendar; the loader checks that they read.
 *
 * @param key      stable English identifier, the ledger's key
 * @param label    Japanese name
 * @param typeCode the 中区分 of its cases
 * @param months   months (1–12) in which it comes
 * @param action   REMINDER or CASES, what it does by default
 * @param subject  the default subject pattern ({月}, {n})
 * @param rule     the default day: D15, B3 or B-3
 */
public record RecurringWork(
        String key, String label, String typeCode, List<Integer> months, String action, String subject, String rule) {
    public RecurringWork {
        months = months == null ? List.of() : List.copyOf(months);
    }
}
