package jp.shomu.ledger.domain.forecast;

import java.time.LocalDate;
import java.util.Set;

/**
 * One version of a person's terms of service on the 従事者名簿, in force from {@code effectiveFrom} until the
 * person's next version: the service period, the contracted hours and the task types they work on.
 *
 * @param staffId       the roster row
 * @param effectiveFrom the day this version applies from (entered ahead of time for a change to come)
 * @param serviceFrom   first day of service
 * @param serviceTo     last day of service, null while open-ended
 * @param hoursPerDay   contracted hours a working day
 * @param daysPerWeek   contracted working days a week (1..5)
 * @param taskTypes     中区分 codes the person works on; empty = works wherever needed
 */
public record ServicePeriod(
        long staffId,
        LocalDate effectiveFrom,
        LocalDate serviceFrom,
        LocalDate serviceTo,
        double hoursPerDay,
        int daysPerWeek,
        Set<String> taskTypes) {
    public ServicePeriod {
        taskTypes = taskTypes == null ? Set.of() : Set.copyOf(taskTypes);
        if (hoursPerDay < 0 || hoursPerDay > 24 || daysPerWeek < 0 || daysPerWeek > 7) {
            throw new IllegalArgumentException("hours " + hoursPerDay + " days " + daysPerWeek);
        }
    }

    public boolean inService(LocalDate day) {
        return !day.isBefore(serviceFrom) && (serviceTo == null || !day.isAfter(serviceTo));
    }

    /** Contracted hours on one business day: the week's days spread over the five business days. */
    public double hoursOnBusinessDay() {
        return hoursPerDay * Math.min(daysPerWeek, 5) / 5.0;
    }
}
