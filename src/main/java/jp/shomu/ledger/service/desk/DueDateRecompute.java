package jp.shomu.ledger.service.desk;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import jp.shomu.ledger.domain.calendar.BusinessCalendar;
import jp.shomu.ledger.domain.cases.CaseFile;
import jp.shomu.ledger.domain.cases.CasePause;
import jp.shomu.ledger.domain.catalog.TaskType;
import jp.shomu.ledger.domain.staff.Action;
import jp.shomu.ledger.domain.staff.Permissions;
import jp.shomu.ledger.domain.staff.StaffMember;
import jp.shomu.ledger.service.LedgerContext;
import jp.shomu.ledger.service.cases.SlaPlanner;
import jp.shomu.ledger.store.cases.CaseActivityRepository;
import jp.shomu.ledger.store.cases.CaseRepository;
import jp.shomu.ledger.store.desk.DeskQueries;

/**
 * Keeps the open cases' due dates on the current calendar after a holiday is added or removed: each case's dates
 * are worked out again from its own history (received / 書類完備日, pauses) with the ledger's calendar. A preview
 * lists what would change; applying saves each changed case (audited) in short transactions.
 */
public final class DueDateRecompute {
    static final String ACTION = "期限の再計算(祝日の変更)";
    private static final int BATCH = 200;

    private final LedgerContext ctx;

    public DueDateRecompute(LedgerContext ctx) {
        this.ctx = ctx;
    }

    /** One case whose dates move. */
    public record Change(long caseId, String typeCode, LocalDate oldDue, LocalDate newDue) {}

    /** What applying would change, nothing saved. */
    public List<Change> preview(StaffMember actor) {
        Permissions.require(actor, Action.MANAGE_CALENDAR);
        ctx.reloadCalendar();
        BusinessCalendar cal = ctx.calendar();
        LocalDate today = ctx.today();
        List<Change> changes = new ArrayList<>();
        for (List<Long> batch : batches(openIds())) {
            ctx.ledger().read(c -> {
                for (long id : batch) {
                    Replanned r = replan(c, cal, id, today);
                    if (r != null && r.moves()) {
                        changes.add(r.change());
                    }
                }
                return null;
            });
        }
        return changes;
    }

    /** Saves every open case whose dates move, {@value #BATCH} cases a transaction; returns what changed. */
    public List<Change> apply(StaffMember actor) {
        Permissions.require(actor, Action.MANAGE_CALENDAR);
        ctx.reloadCalendar();
        BusinessCalendar cal = ctx.calendar();
        List<Change> changes = new ArrayList<>();
        for (List<Long> batch : batches(openIds())) {
            changes.addAll(ctx.ledger().write(actor.login(), tx -> {
                LocalDate today = tx.today();
                List<Change> done = new ArrayList<>();
                for (long id : batch) {
                    Replanned r = replan(tx.connection(), cal, id, today);
                    if (r != null && r.moves()) {
                        CaseRepository.save(tx, r.updated(), ACTION, r.loaded());
                        done.add(r.change());
                    }
                }
                return done;
            }));
        }
        return changes;
    }

    private record Replanned(CaseRepository.Loaded loaded, CaseFile updated) {
        boolean moves() {
            CaseFile before = loaded.file();
            return !Objects.equals(before.dueOn(), updated.dueOn())
                    || !Objects.equals(before.warnOn(), updated.warnOn())
                    || !Objects.equals(before.startOn(), updated.startOn());
        }

        Change change() {
            return new Change(updated.id(), updated.typeCode(), loaded.file().dueOn(), updated.dueOn());
        }
    }

    private Replanned replan(Connection c, BusinessCalendar cal, long id, LocalDate today) throws SQLException {
        CaseRepository.Loaded loaded = CaseRepository.load(c, id).orElse(null);
        if (loaded == null || loaded.file().status().isClosed()) {
            return null; // closed or moved to an archive since the list was read
        }
        CaseFile f = loaded.file();
        TaskType type = ctx.catalog(f.catalogVersion()).taskType(f.typeCode()).orElse(null);
        if (type == null) {
            return null;
        }
        List<CasePause> pauses = CaseActivityRepository.pauses(c, id);
        SlaPlanner.Plan p;
        try {
            p = SlaPlanner.replan(cal, type, f, pauses, today);
        } catch (IllegalArgumentException e) {
            return null; // a date the rule cannot use: left as saved, as the case form would refuse it too
        }
        return new Replanned(loaded, f.withDates(p.receivedOn(), p.startOn(), p.dueOn(), p.warnOn()));
    }

    private List<Long> openIds() {
        return ctx.ledger().read(c -> DeskQueries.openCases(c, null)).stream()
                .map(DeskQueries.OpenCase::id)
                .sorted()
                .toList();
    }

    private static List<List<Long>> batches(List<Long> ids) {
        List<List<Long>> result = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += BATCH) {
            result.add(ids.subList(i, Math.min(ids.size(), i + BATCH)));
        }
        return result;
    }
}
