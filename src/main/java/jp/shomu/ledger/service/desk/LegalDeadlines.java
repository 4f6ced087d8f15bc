package jp.shomu.ledger.service.desk;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.shomu.ledger.domain.cases.CaseListEntry;
import jp.shomu.ledger.domain.cases.LegalDueCase;
import jp.shomu.ledger.domain.catalog.TaskType;
import jp.shomu.ledger.domain.staff.Action;
import jp.shomu.ledger.domain.staff.Permissions;
import jp.shomu.ledger.domain.staff.StaffMember;
import jp.shomu.ledger.service.LedgerContext;
import jp.shomu.ledger.store.desk.LegalDueQueries;

/**
 * The desk's warning on statutory limits (法定期限: 資格取得届 within 5 calendar days of the event, …): open cases
 * whose limit has passed or falls within a few calendar days, whatever their agreed SLA due date says.
 */
public final class LegalDeadlines {
    /** Calendar days ahead: the limits are counted in calendar days and are short (5 days). */
    public static final int DEFAULT_DAYS = 2;

    private final LedgerContext ctx;

    public LegalDeadlines(LedgerContext ctx) {
        this.ctx = ctx;
    }

    /** Earliest limit first. */
    public List<LegalDueCase> near(StaffMember actor, int days) {
        Permissions.require(actor, Action.READ_CASES);
        LocalDate by = ctx.today().plusDays(days);
        List<TaskType> types = ctx.catalog().taskTypes().stream()
                .filter(t -> t.legalDueField() != null)
                .toList();
        List<LegalDueCase> result = new ArrayList<>();
        for (TaskType t : types) {
            result.addAll(ctx.ledger().read(c -> LegalDueQueries.openDueBy(c, t.code(), t.legalDueField(), by)));
        }
        result.sort(Comparator.comparing(LegalDueCase::legalDue).thenComparingLong(LegalDueCase::id));
        return result;
    }

    /**
     * The statutory limit of each listed case whose type has one (the value the form's header and {@code case show}
     * show), by case id; the case list's 法定期限 column. Read per type, only for the cases listed.
     */
    public Map<Long, LocalDate> of(StaffMember actor, Collection<CaseListEntry> cases) {
        Permissions.require(actor, Action.READ_CASES);
        Map<Long, LocalDate> result = new HashMap<>();
        for (TaskType t : ctx.catalog().taskTypes()) {
            if (t.legalDueField() == null) {
                continue;
            }
            List<Long> ids = cases.stream()
                    .filter(e -> e.typeCode().equals(t.code()))
                    .map(CaseListEntry::id)
                    .toList();
            if (!ids.isEmpty()) {
                result.putAll(ctx.ledger().read(c -> LegalDueQueries.valuesOf(c, t.legalDueField(), ids)));
            }
        }
        return result;
    }
}
