package jp.shomu.ledger.service.desk;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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
}
