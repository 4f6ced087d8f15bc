package jp.shomu.ledger.domain.centre;

import java.time.LocalDate;

/**
 * A deliverable the ledger tracks: what, for which period, due when, and where it stands with the city.
 *
 * @param submittedOn the last time it was handed over, if ever
 * @param acceptedOn  when the city accepted it
 */
public record Deliverable(
        long id,
        String key,
        String name,
        String period,
        int fiscalYear,
        LocalDate due,
        DueBasis basis,
        DeliverableState state,
        LocalDate submittedOn,
        LocalDate acceptedOn,
        String note,
        long version) {

    /** Still owed and due on or before {@code day}. */
    public boolean overdueOn(LocalDate day) {
        return state.owed() && due.isBefore(day);
    }
}
