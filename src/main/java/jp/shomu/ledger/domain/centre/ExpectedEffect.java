package jp.shomu.ledger.domain.centre;

import java.util.List;
import jp.shomu.ledger.domain.catalog.TaskType;

/**
 * The expected effect of an improvement in minutes a year: the minutes it saves per case times the cases a year of
 * the types concerned; and the base it is measured against, standard minutes × cases.
 */
public final class ExpectedEffect {
    private ExpectedEffect() {}

    /** Minutes a year spent today on these types: standard minutes × cases a year, summed. */
    public static long baseMinutesPerYear(List<TaskType> types) {
        return types.stream()
                .mapToLong(t -> (long) t.standardMinutes() * t.annualCases())
                .sum();
    }

    /** Minutes a year saved when each case of these types takes {@code minutesSavedPerCase} fewer minutes. */
    public static long minutesPerYear(List<TaskType> types, int minutesSavedPerCase) {
        return types.stream()
                .mapToLong(t -> (long) Math.min(minutesSavedPerCase, t.standardMinutes()) * t.annualCases())
                .sum();
    }
}
