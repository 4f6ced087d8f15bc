package jp.shomu.ledger.domain.centre;

import java.time.LocalDate;

/**
 * A monthly meeting with the city (月次定例会, spec §13): its day, who came, the agenda, the minutes and their due date.
 *
 * @param deliverableId the minutes as a tracked deliverable
 */
public record Meeting(
        long id,
        LocalDate heldOn,
        String attendees,
        String agenda,
        String minutes,
        LocalDate minutesDue,
        long deliverableId,
        long version) {}
