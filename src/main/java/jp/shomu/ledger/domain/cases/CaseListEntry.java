package jp.shomu.ledger.domain.cases;

import java.time.LocalDate;
import jp.shomu.ledger.domain.sla.SlaState;

/**
 * One row of the workbench's case list: what a {@link CaseSummary} shows, plus what the centre's SLA and the
 * double check need — the day the centre's part ended and the maker whose work a checker examines.
 */
public record CaseListEntry(
        long id,
        String typeCode,
        String subject,
        CaseStatus status,
        LocalDate receivedOn,
        LocalDate dueOn,
        LocalDate warnOn,
        LocalDate centreDoneOn,
        LocalDate completedOn,
        Long assigneeId,
        String assigneeName,
        long makerId,
        int sendBackCount,
        long version) {
    /** Sent back by the double check and not yet asked again: the maker has to act on it. */
    public boolean sentBack() {
        return status == CaseStatus.IN_PROGRESS && sendBackCount > 0;
    }

    /** The centre's SLA state today, or null when the case has no due date or was withdrawn. */
    public SlaState sla(LocalDate today) {
        return CaseSla.of(status, dueOn, warnOn, centreDoneOn, today);
    }
}
