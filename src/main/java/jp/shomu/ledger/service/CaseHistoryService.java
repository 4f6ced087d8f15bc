package jp.shomu.ledger.service;

import java.util.List;

import jp.shomu.ledger.domain.audit.AuditEntry;
import jp.shomu.ledger.domain.staff.Action;
import jp.shomu.ledger.domain.staff.Permissions;
import jp.shomu.ledger.domain.staff.StaffMember;
import jp.shomu.ledger.store.CaseHistoryQueries;

/** A case's history as the audit trail recorded it, for the case form's history tab. */
public final class CaseHistoryService {
    private final LedgerContext ctx;

    public CaseHistoryService(LedgerContext ctx) {
        this.ctx = ctx;
    }

    /** Oldest first: the case's own changes and those of its ticks, checks, pauses, comments and time. */
    public List<AuditEntry> history(StaffMember actor, long caseId) {
        Permissions.require(actor, Action.READ_CASES);
        return ctx.ledger().read(c -> CaseHistoryQueries.forCase(c, caseId));
    }
}
