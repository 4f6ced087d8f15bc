package jp.shomu.ledger.domain.cases;

import java.time.Instant;

/** A stored link: {@code fromCase} → {@code toCase}; for {@link LinkKind#PARENT} toCase is fromCase's parent. */
public record CaseLink(long id, long fromCase, long toCase, LinkKind kind, long createdBy, Instant createdAt) {

    /** The other case, seen from {@code caseId}. */
    public long other(long caseId) {
        return caseId == fromCase ? toCase : fromCase;
    }

    /** What the other case is to {@code caseId}: parent, child or related. */
    public String roleOfOther(long caseId) {
        if (kind == LinkKind.RELATED) {
            return "related";
        }
        return caseId == fromCase ? "parent" : "child";
    }

    /** The role in Japanese: 親案件, 子案件, 関連. */
    public String roleLabel(long caseId) {
        return switch (roleOfOther(caseId)) {
            case "parent" -> "親案件";
            case "child" -> "子案件";
            default -> "関連";
        };
    }
}
