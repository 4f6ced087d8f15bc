package jp.shomu.ledger.domain.cases;

import java.time.Instant;
import java.util.List;

/** One double check of a case by a second person, with the error categories it found. */
public record Review(
        long id,
        long caseId,
        long reviewerId,
        Long makerId,
        ReviewOutcome outcome,
        String comment,
        Instant reviewedAt,
        List<String> errorCategories) {
    public Review {
        errorCategories = List.copyOf(errorCategories);
    }
}
