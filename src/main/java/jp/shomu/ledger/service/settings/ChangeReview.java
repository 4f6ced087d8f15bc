package jp.shomu.ledger.service.settings;

import java.util.List;
import jp.shomu.ledger.domain.changes.ChangeProposal;

/**
 * A proposal as the second person sees it before deciding.
 *
 * @param differences      what changes against the version in force now
 * @param baseStillInForce false when another change was approved since: it can then only be rejected
 */
public record ChangeReview(
        ChangeProposal proposal, String proposerName, List<ChangeDifference> differences, boolean baseStillInForce) {
    public ChangeReview {
        differences = List.copyOf(differences);
    }
}
