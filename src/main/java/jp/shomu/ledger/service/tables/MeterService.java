package jp.shomu.ledger.service.tables;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.shomu.ledger.domain.cases.InvalidInputException;
import jp.shomu.ledger.domain.staff.Action;
import jp.shomu.ledger.domain.staff.Permissions;
import jp.shomu.ledger.domain.staff.StaffMember;
import jp.shomu.ledger.domain.tables.Copier;
import jp.shomu.ledger.domain.tables.Counts;
import jp.shomu.ledger.domain.tables.DepartmentSplit;
import jp.shomu.ledger.domain.tables.MeterHistory;
import jp.shomu.ledger.domain.tables.MeterLine;
import jp.shomu.ledger.domain.tables.MeterReading;
import jp.shomu.ledger.domain.tables.UnitPrice;
import jp.shomu.ledger.service.FieldInput;
import jp.shomu.ledger.service.LedgerContext;
import jp.shomu.ledger.store.Tx;
import jp.shomu.ledger.store.tables.CopierRepository;
import jp.shomu.ledger.store.tables.MeterReadingRepository;

/**
 * 6-2 複合機 as a table: the machines, their monthly counter readings, the month's usage and charges and the split by
 * department. A machine is registered before its first reading (its department and prices are needed for the
 * charge); a month's second reading is a correction made against the version read.
 */
public final class MeterService {
    private final LedgerContext ctx;

    public MeterService(LedgerContext ctx) {
        this.ctx = ctx;
    }

    /** Registers a machine; prices per page in yen as written (1.5), counters at installation. */
    public long addMachine(
            StaffMember actor, String code, String department, String monoPrice, String colourPrice, Counts start) {
        Permissions.require(actor, Action.EDIT_CASE);
        FieldInput.requireText("機器番号", code == null ? "" : code);
        FieldInput.requireText("設置所属", department == null ? "" : department);
        Copier copier = new Copier(
                0,
                code == null ? "" : code.strip(),
                department == null ? "" : department.strip(),
                UnitPrice.sen(monoPrice),
                UnitPrice.sen(colourPrice),
                start,
                1);
        return ctx.ledger().write(actor.login(), tx -> {
            if (CopierRepository.byCode(tx.connection(), copier.code()).isPresent()) {
                throw new InvalidInputException("機器 " + copier.code() + " はすでに登録されています");
            }
            return CopierRepository.add(tx, copier);
        });
    }

    /** Changes a machine's department and prices (移設・組織改正・単価改定) last read at {@code expectedVersion}. */
    public long changeMachine(
            StaffMember actor,
            String code,
            long expectedVersion,
            String department,
            String monoPrice,
            String colourPrice) {
        Permissions.require(actor, Action.EDIT_CASE);
        FieldInput.requireText("設置所属", department == null ? "" : department);
        return ctx.ledger().write(actor.login(), tx -> {
            Copier now = copier(tx.connection(), code);
            return CopierRepository.save(
                    tx,
                    new Copier(
                            now.id(),
                            now.code(),
                            department == null ? "" : department.strip(),
                            UnitPrice.sen(monoPrice),
                            UnitPrice.sen(colourPrice),
                            now.start(),
                            expectedVersion));
        });
    }

    /** Records the month's reading; refused when the month already has one (that is a correction). */
    public long read(StaffMember actor, String code, YearMonth month, Counts counts, boolean replaced) {
        Permissions.require(actor, Action.EDIT_CASE);
        return ctx.ledger().write(actor.login(), tx -> {
            MeterHistory history = history(tx.connection(), copier(tx.connection(), code));
            history.in(month).ifPresent(r -> {
                throw new InvalidInputException("機器 " + code + " の " + month + " の検針値はすでに記録されています(" + r.counts()
                        + "、版 " + r.version() + ")。直すときは訂正として記録してください(meter correct --version "
                        + r.version() + ")。");
            });
            history.check(month, counts, replaced);
            return MeterReadingRepository.add(tx, history.copier().id(), month, counts, replaced);
        });
    }

    /** Corrects the month's reading last read at {@code expectedVersion}; returns the new version. */
    public long correct(
            StaffMember actor, String code, YearMonth month, Counts counts, boolean replaced, long expectedVersion) {
        Permissions.require(actor, Action.EDIT_CASE);
        return ctx.ledger().write(actor.login(), tx -> correct(tx, code, month, counts, replaced, expectedVersion));
    }

    private static long correct(Tx tx, String code, YearMonth month, Counts counts, boolean replaced, long version)
            throws SQLException {
        MeterHistory history = history(tx.connection(), copier(tx.connection(), code));
        MeterReading current = history.in(month)
                .orElseThrow(() -> new InvalidInputException("機器 " + code + " の " + month + " の検針値はまだありません"));
        history.check(month, counts, replaced);
        return MeterReadingRepository.correct(tx, current.id(), version, counts, replaced);
    }

    /** Every machine's line for {@code month}, read or not, in machine-number order. */
    public List<MeterLine> month(StaffMember actor, YearMonth month) {
        Permissions.require(actor, Action.READ_CASES);
        return ctx.ledger().read(c -> {
            List<MeterLine> lines = new ArrayList<>();
            List<MeterReading> readings = MeterReadingRepository.all(c);
            for (Copier copier : CopierRepository.all(c)) {
                lines.add(MeterLine.of(new MeterHistory(copier, readings), month));
            }
            return lines;
        });
    }

    public List<Copier> machines(StaffMember actor) {
        Permissions.require(actor, Action.READ_CASES);
        return ctx.ledger().read(CopierRepository::all);
    }

    /** The month's charges by the machines' departments. */
    public Map<String, Long> byDepartment(StaffMember actor, YearMonth month) {
        return DepartmentSplit.of(month(actor, month), l -> l.copier().department(), MeterLine::charge);
    }

    private static Copier copier(Connection c, String code) throws SQLException {
        String key = code == null ? "" : code.strip();
        return CopierRepository.byCode(c, key)
                .orElseThrow(
                        () -> new InvalidInputException("機器 " + key + " は登録されていません。先に機器を登録してください(meter machine add)。"));
    }

    private static MeterHistory history(Connection c, Copier copier) throws SQLException {
        return new MeterHistory(copier, MeterReadingRepository.ofCopier(c, copier.id()));
    }
}
