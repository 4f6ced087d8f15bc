package jp.shomu.ledger.service.cases;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.shomu.ledger.domain.cases.CaseCounts;
import jp.shomu.ledger.domain.cases.CaseListEntry;
import jp.shomu.ledger.domain.cases.CaseQuery;
import jp.shomu.ledger.domain.cases.CaseStatus;
import jp.shomu.ledger.domain.staff.Action;
import jp.shomu.ledger.domain.staff.Permissions;
import jp.shomu.ledger.domain.staff.StaffMember;
import jp.shomu.ledger.service.LedgerContext;
import jp.shomu.ledger.store.cases.CaseBoardQueries;

/** What the workbench lists and counts: case rows with the centre's SLA, and the counts per 中区分. */
public final class CaseBoardService {
    private final LedgerContext ctx;

    public CaseBoardService(LedgerContext ctx) {
        this.ctx = ctx;
    }

    public List<CaseListEntry> list(StaffMember actor, CaseQuery query) {
        Permissions.require(actor, Action.READ_CASES);
        return ctx.ledger().read(c -> CaseBoardQueries.list(c, query));
    }

    /** Cases in 確認待ち that {@code actor} may double-check: everyone's but their own. */
    public List<CaseListEntry> awaitingCheckBy(StaffMember actor, int limit) {
        Permissions.require(actor, Action.READ_CASES);
        CaseQuery q = new CaseQuery(null, EnumSet.of(CaseStatus.AWAITING_CHECK), null, null, null, null, limit);
        return ctx.ledger().read(c -> CaseBoardQueries.list(c, q)).stream()
                .filter(e -> e.makerId() != actor.id())
                .toList();
    }

    /** Counts as of today; one short read of the open cases, classified here so the SLA rule has one home. */
    public CaseBoard board(StaffMember actor) {
        Permissions.require(actor, Action.READ_CASES);
        LocalDate today = ctx.today();
        boolean checker = Permissions.allows(actor.role(), Action.DOUBLE_CHECK);
        Map<String, CaseCounts> byType = new HashMap<>();
        CaseCounts mine = CaseCounts.NONE;
        int toCheck = 0;
        for (CaseListEntry e : ctx.ledger().read(CaseBoardQueries::open)) {
            var state = e.sla(today);
            byType.merge(e.typeCode(), CaseCounts.NONE.plus(state), CaseCounts::plus);
            if (e.assigneeId() != null && e.assigneeId() == actor.id()) {
                mine = mine.plus(state);
            }
            if (checker && e.status() == CaseStatus.AWAITING_CHECK && e.makerId() != actor.id()) {
                toCheck++;
            }
        }
        return new CaseBoard(byType, mine, toCheck);
    }
}
