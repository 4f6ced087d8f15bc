package jp.shomu.ledger.domain.centre;

import java.time.YearMonth;
import java.util.List;

/**
 * What the monthly report says besides cases: the month's incidents, the improvements and their state, the
 * meetings held, the deliverables due in the month or still owed, and the measures for missed SLA targets.
 */
public record CentreMonth(
        YearMonth month,
        List<Incident> incidents,
        List<Improvement> improvements,
        List<Meeting> meetings,
        List<Deliverable> deliverables,
        List<SlaMeasure> measures) {
    public CentreMonth {
        incidents = List.copyOf(incidents);
        improvements = List.copyOf(improvements);
        meetings = List.copyOf(meetings);
        deliverables = List.copyOf(deliverables);
        measures = List.copyOf(measures);
    }

    /** Nothing to report: no sheet is written for it. */
    public boolean isEmpty() {
        return incidents.isEmpty()
                && improvements.isEmpty()
                && meetings.isEmpty()
                && deliverables.isEmpty()
                && measures.isEmpty();
    }
}
