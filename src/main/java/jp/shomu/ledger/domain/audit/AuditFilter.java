package jp.shomu.ledger.domain.audit;

import java.time.LocalDate;
import java.util.Set;

/**
 * A filter for the audit trail; null or empty parts do not filter.
 *
 * @param from     first day (Japan time), inclusive
 * @param to       last day (Japan time), inclusive
 * @param actor    the login of whoever acted
 * @param entities what was acted on ({@link AuditEntities}); empty for everything
 * @param entityId one case, staff or proposal number within those entities
 */
public record AuditFilter(LocalDate from, LocalDate to, String actor, Set<String> entities, String entityId) {
    public AuditFilter {
        entities = entities == null ? Set.of() : Set.copyOf(entities);
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("期間の終わり(" + to + ")が始め(" + from + ")より前です");
        }
    }

    public static AuditFilter all() {
        return new AuditFilter(null, null, null, Set.of(), null);
    }

    public static AuditFilter period(LocalDate from, LocalDate to) {
        return new AuditFilter(from, to, null, Set.of(), null);
    }

    /** The view log: who opened a case with personal data, and who output it. */
    public static AuditFilter viewLog(LocalDate from, LocalDate to) {
        return new AuditFilter(from, to, null, AuditEntities.VIEW_LOG, null);
    }

    public AuditFilter withPeriod(LocalDate newFrom, LocalDate newTo) {
        return new AuditFilter(newFrom, newTo, actor, entities, entityId);
    }

    public AuditFilter withActor(String login) {
        return new AuditFilter(from, to, login, entities, entityId);
    }

    public AuditFilter withEntities(Set<String> newEntities) {
        return new AuditFilter(from, to, actor, newEntities, entityId);
    }

    public AuditFilter withEntityId(String id) {
        return new AuditFilter(from, to, actor, entities, id);
    }
}
