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

    /** The same deliverable due on another day (the city named it, or the calendar moved it). */
    public Deliverable withDue(LocalDate newDue, DueBasis newBasis) {
        return new Deliverable(
                id, key, name, period, fiscalYear, newDue, newBasis, state, submittedOn, acceptedOn, note, version);
    }

    /** The same deliverable after a step with the city. */
    public Deliverable withStep(
            DeliverableState newState, LocalDate newSubmittedOn, LocalDate newAcceptedOn, String newNote) {
        return new Deliverable(
                id,
                key,
                name,
                period,
                fiscalYear,
                due,
                basis,
                newState,
                newSubmittedOn,
                newAcceptedOn,
                newNote,
                version);
    }

    /** Still owed and due on or before {@code day}. */
    public boolean overdueOn(LocalDate day) {
        return state.owed() && due.isBefore(day);
    }
}
