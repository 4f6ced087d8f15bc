package jp.shomu.ledger.service.audit;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One row of the audit trail as the auditor's screen and export show it: who, when, what was acted on, and what
 * changed, with Japanese labels and every sensitive value masked.
 *
 * @param actorName the actor's name on the roster, or "" for a login no longer on it
 * @param changes   what changed (for a new row: every value it was created with)
 * @param hash      the row's link in the hash chain
 */
public record AuditEntry(
        long seq,
        Instant at,
        String actor,
        String actorName,
        String entity,
        String entityLabel,
        String entityId,
        String action,
        List<Change> changes,
        String hash) {
    public AuditEntry {
        changes = List.copyOf(changes);
    }

    /** One value before and after; "" where there was none. */
    public record Change(String label, String before, String after) {
        @Override
        public String toString() {
            if (before.isEmpty()) {
                return label + ": " + after;
            }
            return label + ": " + before + " → " + (after.isEmpty() ? "(空)" : after);
        }
    }

    /** The changes on one line, e.g. "件名: 通勤手当 → 通勤手当 変更 / 振込口座: ＊＊＊ → ＊＊＊". */
    public String summary() {
        return changes.stream().map(Change::toString).collect(Collectors.joining(" / "));
    }

    public boolean isViewLog() {
        return jp.shomu.ledger.domain.audit.AuditEntities.VIEW_LOG.contains(entity);
    }
}
