package jp.shomu.ledger.domain.changes;

import java.time.Instant;

/**
 * A proposed new catalog or settings version, waiting for a second person.
 *
 * @param baseVersion   the version in force when it was proposed; it may only be approved while that is still so
 * @param resultVersion the version its approval created, or null
 * @param version       the row's own version, for optimistic locking
 */
public record ChangeProposal(
        long id,
        ChangeKind kind,
        String summary,
        String payload,
        String payloadSha256,
        int baseVersion,
        ChangeStatus status,
        long proposedBy,
        Instant proposedAt,
        Long decidedBy,
        Instant decidedAt,
        String decisionNote,
        Integer resultVersion,
        long version) {
    public boolean isOpen() {
        return status == ChangeStatus.PROPOSED;
    }
}
