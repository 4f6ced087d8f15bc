package jp.shomu.ledger.domain.centre;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import jp.shomu.ledger.domain.calendar.BusinessCalendar;

/**
 * The due date a deliverable has under a calendar when its date is computed in business days: the contract's
 * schedule (the monthly reports, the provisional dates), the minutes of a meeting, or a rule kept with a deliverable
 * added on a change. A date the city named, or one entered by hand, is never computed.
 */
public final class ComputedDueDates {
    private final BusinessCalendar calendar;
    private final Map<String, LocalDate> planned;

    public ComputedDueDates(BusinessCalendar calendar) {
        this.calendar = calendar;
        this.planned = DeliverableSchedule.forContract(calendar).stream()
                .collect(Collectors.toMap(PlannedDeliverable::key, PlannedDeliverable::due, (a, b) -> a));
    }

    /**
     * @param rule the rule kept with it, or null
     * @return the computed due date, empty when the date is not computed (市指定, or given by hand)
     */
    public Optional<LocalDate> of(Deliverable d, DueRule rule) {
        if (d.basis() == DueBasis.CITY) {
            return Optional.empty();
        }
        if (rule != null) {
            return Optional.of(rule.due(calendar));
        }
        if (d.key().startsWith(DeliverableSchedule.MINUTES_KEY)) {
            return Optional.of(DeliverableSchedule.minutesDue(
                    LocalDate.parse(d.key().substring(DeliverableSchedule.MINUTES_KEY.length())), calendar));
        }
        return Optional.ofNullable(planned.get(d.key()));
    }
}
