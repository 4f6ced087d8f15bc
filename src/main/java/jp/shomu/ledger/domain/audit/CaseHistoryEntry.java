package jp.shomu.ledger.domain.audit;

import java.time.Instant;
import java.util.Map;

/**
 * One audit-trail row of a case's history (the case form's history tab): when, who (login), what kind of record
 * (case, tick, review, pause, comment, time), the action in the back office's words, and the record's values before
 * and after.
 */
public record CaseHistoryEntry(
        long seq,
        Instant at,
        String actor,
        String entity,
        String entityId,
        String action,
        Map<String, String> before,
        Map<String, String> after) {
    public CaseHistoryEntry {
        before = before == null ? Map.of() : Map.copyOf(before);
        after = after == null ? Map.of() : Map.copyOf(after);
    }
}
