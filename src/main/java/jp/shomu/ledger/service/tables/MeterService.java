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
import jp.shomu.ledger.domain.tables.MachineTerms;
import jp.shomu.ledger.domain.tables.MeterHistory;
import jp.shomu.ledger.domain.tables.MeterLine;
import jp.shomu.ledger.domain.tables.MeterReading;
import jp.shomu.ledger.domain.tables.UnitPrice;
import jp.shomu.ledger.service.FieldInput;
import jp.shomu.ledger.service.LedgerContext;
import jp.shomu.ledger.store.tables.CopierRepository;
import jp.shomu.ledger.store.tables.MachineTermsRepository;
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

    /**
     * Changes a machine last read at {@code expectedVersion}: its number ({@code newCode}), and its department and
     * prices from the month {@code from} on (移設・組織改正・単価改定; the months before keep theirs, so a month already
     * read is refused as {@code from}). {@code from} may be null when only the number changes. Returns the version.
     */
    public long changeMachine(
            StaffMember actor,
            String code,
            long expectedVersion,
            String newCode,
            YearMonth from,
            String department,
            String monoPrice,
            String colourPrice) {
        Permissions.require(actor, Action.EDIT_CASE);
        FieldInput.requireText("機器番号", strip(newCode));
        FieldInput.requireText("設置所属", strip(department));
        long mono = UnitPrice.sen(monoPrice);
        long colour = UnitPrice.sen(colourPrice);
        return ctx.ledger().write(actor.login(), tx -> {
            MeterHistory history = history(tx.connection(), copier(tx.connection(), code));
            Copier now = history.copier();
            String renamed = strip(newCode);
            boolean rename = !renamed.equals(now.code());
            if (rename && CopierRepository.byCode(tx.connection(), renamed).isPresent()) {
                throw new InvalidInputException("機器 " + renamed + " はすでに登録されています");
            }
            // the machine's version moves with every change, so an edit made from an older screen is refused here
            long version = CopierRepository.rename(tx, now.id(), expectedVersion, renamed);
            Copier was = from == null ? history.latest() : history.copierIn(from);
            boolean terms = !strip(department).equals(was.department())
                    || mono != was.monoPriceSen()
                    || colour != was.colourPriceSen();
            if (terms && from == null) {
                throw new InvalidInputException("設置所属・単価を変えるときは、適用する月(この月から)を指定してください");
            }
            if (!rename && !terms) {
                throw new InvalidInputException("機器 " + now.code() + " の変更する内容がありません");
            }
            if (!terms) {
                history.checkNotRetired();
                return version;
            }
            history.checkChangeFrom(from);
            MachineTermsRepository.set(
                    tx, new MachineTerms(0, now.id(), from, strip(department), mono, colour, false, 1));
            return version;
        });
    }

    /**
     * Removes a machine (撤去) from {@code from} on, last read at {@code expectedVersion}: it leaves the table from
     * that month; the months before keep its readings and charges. Refused when a month from then on is read.
     */
    public long retireMachine(StaffMember actor, String code, long expectedVersion, YearMonth from) {
        Permissions.require(actor, Action.EDIT_CASE);
        return ctx.ledger().write(actor.login(), tx -> {
            MeterHistory history = history(tx.connection(), copier(tx.connection(), code));
            Copier now = history.copier();
            long version = CopierRepository.rename(tx, now.id(), expectedVersion, now.code());
            history.checkChangeFrom(from);
            Copier last = history.copierIn(from);
            MachineTermsRepository.set(
                    tx,
                    new MachineTerms(
                            0, now.id(), from, last.department(), last.monoPriceSen(), last.colourPriceSen(), true, 1));
            return version;
        });
    }

    /** Records the month's reading; refused when the month already has one (that is a correction). */
    public long read(StaffMember actor, String code, YearMonth month, Counts counts, boolean replaced) {
        return read(actor, code, month, counts, replaced, Counts.ZERO);
    }

    /**
     * Records the month's reading; {@code newStart}: the counters a replaced meter started at (mono and colour), from
     * which its usage counts. Refused when the month already has one (that is a correction).
     */
    public long read(
            StaffMember actor, String code, YearMonth month, Counts counts, boolean replaced, Counts newStart) {
        Permissions.require(actor, Action.EDIT_CASE);
        return ctx.ledger().write(actor.login(), tx -> {
            MeterHistory history = history(tx.connection(), copier(tx.connection(), code));
            history.in(month).ifPresent(r -> {
                throw new InvalidInputException("機器 " + code + " の " + month + " の検針値はすでに記録されています(" + r.counts()
                        + "、版 " + r.version() + ")。直すときは訂正として記録してください(meter correct --version "
                        + r.version() + ")。");
            });
            history.check(month, counts, replaced, newStart);
            return MeterReadingRepository.add(tx, history.copier().id(), month, counts, replaced, newStart);
        });
    }

    /**
     * Corrects the month's reading last read at {@code expectedVersion}; {@code newStart} null keeps the start counters
     * a replaced meter was recorded with. Returns the new version.
     */
    public long correct(
            StaffMember actor,
            String code,
            YearMonth month,
            Counts counts,
            boolean replaced,
            Counts newStart,
            long expectedVersion) {
        Permissions.require(actor, Action.EDIT_CASE);
        return ctx.ledger().write(actor.login(), tx -> {
            MeterHistory history = history(tx.connection(), copier(tx.connection(), code));
            MeterReading current = history.in(month)
                    .orElseThrow(() -> new InvalidInputException("機器 " + code + " の " + month + " の検針値はまだありません"));
            Counts start = newStart != null ? newStart : current.replaced() ? current.newStart() : Counts.ZERO;
            history.check(month, counts, replaced, start);
            return MeterReadingRepository.correct(tx, current.id(), expectedVersion, counts, replaced, start);
        });
    }

    /** Every machine's line for {@code month}, read or not, in machine-number order. */
    public List<MeterLine> month(StaffMember actor, YearMonth month) {
        Permissions.require(actor, Action.READ_CASES);
        return ctx.ledger().read(c -> {
            List<MeterLine> lines = new ArrayList<>();
            List<MeterReading> readings = MeterReadingRepository.all(c);
            List<MachineTerms> terms = MachineTermsRepository.all(c);
            for (Copier copier : CopierRepository.all(c)) {
                MeterHistory history = new MeterHistory(copier, readings, terms);
                if (history.inUse(month)) {
                    lines.add(MeterLine.of(history, month));
                }
            }
            return lines;
        });
    }

    /** Every machine with its readings and terms, in machine-number order (retired ones too). */
    public List<MeterHistory> machines(StaffMember actor) {
        Permissions.require(actor, Action.READ_CASES);
        return ctx.ledger().read(c -> {
            List<MeterHistory> machines = new ArrayList<>();
            for (Copier copier : CopierRepository.all(c)) {
                machines.add(history(c, copier));
            }
            return machines;
        });
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

    static MeterHistory history(Connection c, Copier copier) throws SQLException {
        return new MeterHistory(
                copier,
                MeterReadingRepository.ofCopier(c, copier.id()),
                MachineTermsRepository.ofCopier(c, copier.id()));
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }
}
