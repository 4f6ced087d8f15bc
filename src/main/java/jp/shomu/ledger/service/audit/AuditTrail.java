package jp.shomu.ledger.service.audit;

import java.util.List;
import java.util.function.Consumer;
import jp.shomu.ledger.domain.audit.AuditFilter;
import jp.shomu.ledger.domain.cases.InvalidInputException;
import jp.shomu.ledger.domain.staff.Action;
import jp.shomu.ledger.domain.staff.Permissions;
import jp.shomu.ledger.domain.staff.StaffMember;
import jp.shomu.ledger.service.LedgerContext;
import jp.shomu.ledger.store.AuditCheckpoint;
import jp.shomu.ledger.store.AuditRow;
import jp.shomu.ledger.store.audit.AccessLog;
import jp.shomu.ledger.store.audit.AuditQueries;
import jp.shomu.ledger.store.settings.StaffRepository;

/**
 * The audit trail and view log for the auditor's screen and export: filtered by period, person and what was acted
 * on, paged by key so even millions of rows never hold the file. Sensitive values are always masked. Rows moved
 * into an audit archive file by a checkpoint are not listed; the last page says where they are.
 */
public final class AuditTrail {
    public static final int MAX_PAGE = 1000;
    private static final int EXPORT_PAGE = 2000;

    private final LedgerContext ctx;

    public AuditTrail(LedgerContext ctx) {
        this.ctx = ctx;
    }

    /**
     * One page, newest first. Start with {@code beforeSeq = Long.MAX_VALUE}, then pass the page's
     * {@link AuditPage#nextBeforeSeq()}.
     */
    public AuditPage page(StaffMember viewer, AuditFilter filter, long beforeSeq, int limit) {
        Permissions.require(viewer, Action.VIEW_AUDIT);
        int size = Math.max(1, Math.min(limit, MAX_PAGE));
        List<AuditRow> rows = ctx.ledger().read(c -> AuditQueries.newestFirst(c, filter, beforeSeq, size));
        AuditEntries entries = entries();
        long next = rows.size() == size ? rows.get(rows.size() - 1).seq() : 0;
        String earlier = next > 0
                ? ""
                : AuditCheckpoint.of(ctx.ledger())
                        .filter(cp -> filter.from() == null || !filter.from().isAfter(cp.lastDay()))
                        .map(cp -> cp.movedNote(ctx.ledger()))
                        .orElse("");
        return new AuditPage(rows.stream().map(entries::of).toList(), next, earlier);
    }

    public long count(StaffMember viewer, AuditFilter filter) {
        Permissions.require(viewer, Action.VIEW_AUDIT);
        return ctx.ledger().read(c -> AuditQueries.count(c, filter));
    }

    /**
     * For the Excel export: records in the view log that {@code viewer} output the trail for {@code filter}, then
     * hands every entry to {@code sink}, oldest first. Refuses, before recording anything, a period with more than
     * {@code maxRows} rows. Returns how many entries were handed over.
     */
    public long export(StaffMember viewer, AuditFilter filter, String scope, long maxRows, Consumer<AuditEntry> sink) {
        Permissions.require(viewer, Action.EXPORT_AUDIT);
        long rows = ctx.ledger().read(c -> AuditQueries.count(c, filter));
        if (rows > maxRows) {
            throw new InvalidInputException(
                    "期間内の監査ログが " + rows + " 行あり、1つのファイルに入る " + maxRows + " 行を超えます。期間を短くしてください。");
        }
        ctx.ledger().write(viewer.login(), tx -> {
            AccessLog.recordDisclosure(tx, "監査ログ出力", scope, rows, List.of());
            return null;
        });
        AuditEntries entries = entries();
        long after = 0;
        long handed = 0;
        while (true) {
            long from = after;
            List<AuditRow> page = ctx.ledger().read(c -> AuditQueries.oldestFirst(c, filter, from, EXPORT_PAGE));
            for (AuditRow r : page) {
                sink.accept(entries.of(r));
                handed++;
            }
            if (page.size() < EXPORT_PAGE) {
                return handed;
            }
            after = page.get(page.size() - 1).seq();
        }
    }

    private AuditEntries entries() {
        return new AuditEntries(ctx, ctx.ledger().read(StaffRepository::all));
    }
}
