package jp.shomu.ledger.service.cases;

import java.sql.SQLException;
import java.util.List;
import jp.shomu.ledger.domain.cases.CaseFile;
import jp.shomu.ledger.domain.cases.CasePause;
import jp.shomu.ledger.domain.cases.InvalidInputException;
import jp.shomu.ledger.domain.catalog.TaskType;
import jp.shomu.ledger.service.LedgerContext;
import jp.shomu.ledger.store.Tx;
import jp.shomu.ledger.store.cases.CaseActivityRepository;
import jp.shomu.ledger.store.cases.CaseRepository;

/**
 * A case loaded inside a write transaction to be changed: checks the version the user started from, and saves
 * the changed case with its SLA dates worked out again.
 */
final class CaseMutation {
    private final LedgerContext ctx;
    private final Tx tx;
    private final CaseRepository.Loaded loaded;
    private final CaseFile current;
    private final TaskType type;

    private CaseMutation(LedgerContext ctx, Tx tx, CaseRepository.Loaded loaded, TaskType type) {
        this.ctx = ctx;
        this.tx = tx;
        this.loaded = loaded;
        this.current = loaded.file();
        this.type = type;
    }

    static CaseMutation load(LedgerContext ctx, Tx tx, long id, long expectedVersion) throws SQLException {
        CaseRepository.Loaded loaded = CaseRepository.loadForUpdate(tx.connection(), id, expectedVersion);
        CaseFile c = loaded.file();
        TaskType type = ctx.catalog(c.catalogVersion()).taskType(c.typeCode()).orElseThrow();
        return new CaseMutation(ctx, tx, loaded, type);
    }

    CaseFile current() {
        return current;
    }

    TaskType type() {
        return type;
    }

    Tx tx() {
        return tx;
    }

    void requireOpen() {
        if (current.status().isClosed()) {
            throw new InvalidInputException(
                    "案件 " + current.id() + " は「" + current.status().label() + "」のため変更できません");
        }
    }

    /**
     * Saves {@code changed} with fresh SLA dates; returns the new version. The case as loaded is the audit's
     * before-image: it was read in this transaction, which holds the write lock, and between load and save the
     * workflow writes only activity rows (ticks, pauses, reviews, comments), never the case row or its fields.
     */
    long save(CaseFile changed, String action) throws SQLException {
        List<CasePause> pauses = CaseActivityRepository.pauses(tx.connection(), current.id());
        SlaPlanner.Plan plan = SlaPlanner.plan(ctx.calendar(), type, changed, pauses, tx.today());
        return CaseRepository.save(tx, withPlan(changed, plan), action, loaded);
    }

    static CaseFile withPlan(CaseFile c, SlaPlanner.Plan p) {
        return c.withDates(p.receivedOn(), p.startOn(), p.dueOn(), p.warnOn());
    }
}
