package jp.shomu.ledger.service.cases;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import jp.shomu.ledger.domain.audit.AuditEntities;
import jp.shomu.ledger.domain.audit.CaseHistoryEntry;
import jp.shomu.ledger.domain.cases.CaseFile;
import jp.shomu.ledger.domain.cases.InvalidInputException;
import jp.shomu.ledger.domain.catalog.FieldDef;
import jp.shomu.ledger.domain.staff.Action;
import jp.shomu.ledger.domain.staff.Permissions;
import jp.shomu.ledger.domain.staff.StaffMember;
import jp.shomu.ledger.service.FieldInput;
import jp.shomu.ledger.service.LedgerContext;
import jp.shomu.ledger.service.SensitiveData;
import jp.shomu.ledger.store.AuditCheckpoint;
import jp.shomu.ledger.store.cases.CaseHistoryQueries;
import jp.shomu.ledger.store.cases.CaseRepository;

/**
 * A case's history as the audit trail recorded it, for the case form's history tab. Like the auditor's trail
 * ({@link AuditTrail}), the values of sensitive fields are masked for every reader: the history says who changed
 * what and when; the values themselves are seen (and recorded as seen) by opening the case.
 */
public final class CaseHistoryService {
    private static final String FIELD = "field.";

    private final LedgerContext ctx;

    public CaseHistoryService(LedgerContext ctx) {
        this.ctx = ctx;
    }

    private record Read(CaseFile file, List<CaseHistoryEntry> entries) {}

    /**
     * Oldest first: the case's own changes and those of its ticks, checks, pauses, comments and time. When the
     * ledger no longer holds the case's first entry (moved into an audit archive file), it says where that is.
     */
    public CaseHistory history(StaffMember actor, long caseId) {
        Permissions.require(actor, Action.READ_CASES);
        Read read = ctx.ledger()
                .read(c -> new Read(
                        CaseRepository.get(c, caseId)
                                .orElseThrow(() -> new InvalidInputException("案件 " + caseId + " はありません")),
                        CaseHistoryQueries.forCase(c, caseId)));
        boolean fromCreation = read.entries().stream()
                .filter(e -> e.entity().equals(AuditEntities.CASE))
                .findFirst()
                .map(e -> e.before().isEmpty())
                .orElse(false);
        String earlier = fromCreation
                ? ""
                : AuditCheckpoint.of(ctx.ledger())
                        .map(cp -> cp.movedNote(ctx.ledger()))
                        .orElse("");
        Set<String> sensitive = ctx.catalog(read.file().catalogVersion())
                .taskType(read.file().typeCode())
                .map(t -> FieldInput.fieldsOf(t).stream()
                        .filter(FieldDef::sensitive)
                        .map(f -> FIELD + f.key())
                        .collect(Collectors.toSet()))
                .orElse(Set.of());
        return new CaseHistory(
                read.entries().stream()
                        .map(e -> new CaseHistoryEntry(
                                e.seq(),
                                e.at(),
                                e.actor(),
                                e.entity(),
                                e.entityId(),
                                e.action(),
                                masked(e.before(), sensitive),
                                masked(e.after(), sensitive)))
                        .toList(),
                earlier);
    }

    private static Map<String, String> masked(Map<String, String> values, Set<String> sensitive) {
        Map<String, String> out = new TreeMap<>(values);
        out.replaceAll((k, v) -> sensitive.contains(k) && !v.isEmpty() ? SensitiveData.MASK : v);
        return out;
    }
}
