package jp.shomu.ledger.domain.cases;

import java.time.LocalDate;

/** One period when a case waited for someone outside the centre; open while {@code endedOn} is null. */
public record CasePause(
        long id,
        long caseId,
        PauseKind kind,
        String reason,
        String addressee,
        LocalDate startedOn,
        LocalDate endedOn,
        String answer,
        long startedBy,
        Long endedBy) {
    public boolean isOpen() {
        return endedOn == null;
    }
}
