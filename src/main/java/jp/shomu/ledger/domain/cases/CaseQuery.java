package jp.shomu.ledger.domain.cases;

import java.time.LocalDate;
import java.util.Set;

/**
 * A filter for case lists; null or empty parts do not filter.
 *
 * @param text matched against the subject, the searchable field values and the case number
 */
public record CaseQuery(
        String typeCode,
        Set<CaseStatus> statuses,
        Long assigneeId,
        LocalDate dueFrom,
        LocalDate dueTo,
        String text,
        int limit) {
    public CaseQuery {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
    }

    public static CaseQuery all() {
        return new CaseQuery(null, Set.of(), null, null, null, null, 10_000);
    }

    public CaseQuery withType(String code) {
        return new CaseQuery(code, statuses, assigneeId, dueFrom, dueTo, text, limit);
    }

    public CaseQuery withStatuses(Set<CaseStatus> s) {
        return new CaseQuery(typeCode, s, assigneeId, dueFrom, dueTo, text, limit);
    }

    public CaseQuery withAssignee(Long id) {
        return new CaseQuery(typeCode, statuses, id, dueFrom, dueTo, text, limit);
    }

    public CaseQuery withText(String t) {
        return new CaseQuery(typeCode, statuses, assigneeId, dueFrom, dueTo, t, limit);
    }

    public CaseQuery withDueRange(LocalDate from, LocalDate to) {
        return new CaseQuery(typeCode, statuses, assigneeId, from, to, text, limit);
    }
}
