package jp.shomu.ledger.service.tables;

import java.sql.SQLException;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import jp.shomu.ledger.domain.cases.InvalidInputException;
import jp.shomu.ledger.domain.staff.Action;
import jp.shomu.ledger.domain.staff.Permissions;
import jp.shomu.ledger.domain.staff.StaffMember;
import jp.shomu.ledger.domain.tables.Copier;
import jp.shomu.ledger.domain.tables.Counts;
import jp.shomu.ledger.domain.tables.MeterColumn;
import jp.shomu.ledger.domain.tables.MeterHistory;
import jp.shomu.ledger.domain.tables.MeterReading;
import jp.shomu.ledger.domain.tables.RowErrors;
import jp.shomu.ledger.service.LedgerContext;
import jp.shomu.ledger.service.imports.RowSource;
import jp.shomu.ledger.store.Tx;
import jp.shomu.ledger.store.tables.CopierRepository;
import jp.shomu.ledger.store.tables.MeterReadingRepository;

/**
 * Takes a 6-2 sheet back in (the layout of the export, docs/TABLES.md): each row's 今回 counters become the month's
 * reading, a changed one a correction; rows without counters are skipped. Every row is checked as `meter add` checks
 * it, and one problem anywhere writes nothing.
 */
public final class MeterImport {
    /** What the import did. */
    public record Result(int added, int corrected, int unchanged) {
        public String text() {
            return "検針値を取り込みました(新規 " + added + " 件、訂正 " + corrected + " 件、変更なし " + unchanged + " 件)";
        }
    }

    private final LedgerContext ctx;

    public MeterImport(LedgerContext ctx) {
        this.ctx = ctx;
    }

    public Result run(StaffMember actor, RowSource source) {
        Permissions.require(actor, Action.EDIT_CASE);
        RowErrors errors = new RowErrors(source.name());
        TableSheetReader.Sheet sheet = TableSheetReader.read(source, errors, MeterColumn.headers());
        errors.throwIfAny();
        return ctx.ledger().write(actor.login(), tx -> {
            int[] counts = new int[3];
            Set<String> seen = new HashSet<>();
            for (TableSheetReader.Row row : sheet.rows()) {
                apply(tx, sheet, row, seen, errors, counts);
            }
            errors.throwIfAny();
            return new Result(counts[0], counts[1], counts[2]);
        });
    }

    private static void apply(
            Tx tx,
            TableSheetReader.Sheet sheet,
            TableSheetReader.Row row,
            Set<String> seen,
            RowErrors errors,
            int[] done)
            throws SQLException {
        int n = row.number();
        String code = row.cell(MeterColumn.MACHINE.ordinal());
        String mono = row.cell(MeterColumn.MONO.ordinal());
        String colour = row.cell(MeterColumn.COLOUR.ordinal());
        if (mono.isEmpty() && colour.isEmpty()) {
            return; // not read this month
        }
        Optional<Copier> copier = CopierRepository.byCode(tx.connection(), code);
        if (copier.isEmpty()) {
            errors.add(n, MeterColumn.MACHINE.ordinal(), "機器「" + code + "」は登録されていません");
            return;
        }
        if (!seen.add(code)) {
            errors.add(n, MeterColumn.MACHINE.ordinal(), "機器 " + code + " が2回あります");
            return;
        }
        Long m = errors.count(n, MeterColumn.MONO.ordinal(), MeterColumn.MONO.header(), mono);
        Long c = errors.count(n, MeterColumn.COLOUR.ordinal(), MeterColumn.COLOUR.header(), colour);
        Boolean replaced = replaced(n, row.cell(MeterColumn.REPLACED.ordinal()), errors);
        if (m == null || c == null || replaced == null) {
            return;
        }
        Counts counts = new Counts(m, c);
        MeterHistory history = MeterService.history(tx.connection(), copier.get());
        Optional<MeterReading> now = history.in(sheet.month());
        // the sheet marks a replacement without the new meter's start counters: a replaced reading keeps its own
        Counts start = now.filter(r -> replaced && r.replaced())
                .map(MeterReading::newStart)
                .orElse(Counts.ZERO);
        try {
            history.check(sheet.month(), counts, replaced, start);
        } catch (InvalidInputException e) {
            errors.add(n, MeterColumn.MONO.ordinal(), e.getMessage());
            return;
        }
        if (now.isEmpty()) {
            MeterReadingRepository.add(tx, copier.get().id(), sheet.month(), counts, replaced);
            done[0]++;
        } else if (!now.get().counts().equals(counts) || now.get().replaced() != replaced) {
            MeterReadingRepository.correct(tx, now.get().id(), now.get().version(), counts, replaced, start);
            done[1]++;
        } else {
            done[2]++;
        }
    }

    private static Boolean replaced(int row, String cell, RowErrors errors) {
        if (cell.isEmpty()) {
            return false;
        }
        if (cell.equals(MeterColumn.REPLACED_MARK) || cell.equals("○")) {
            return true;
        }
        errors.add(
                row,
                MeterColumn.REPLACED.ordinal(),
                "メーター交換は「" + MeterColumn.REPLACED_MARK + "」か空欄にしてください(「" + cell + "」)");
        return null;
    }
}
