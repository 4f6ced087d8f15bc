package jp.shomu.ledger.service.tables;

import java.time.YearMonth;
import java.util.HashSet;
import java.util.Set;
import jp.shomu.ledger.domain.staff.Action;
import jp.shomu.ledger.domain.staff.Permissions;
import jp.shomu.ledger.domain.staff.StaffMember;
import jp.shomu.ledger.domain.tables.Postage;
import jp.shomu.ledger.domain.tables.RowErrors;
import jp.shomu.ledger.domain.tables.StampSheet;
import jp.shomu.ledger.service.LedgerContext;
import jp.shomu.ledger.service.imports.RowSource;
import jp.shomu.ledger.store.Tx;
import jp.shomu.ledger.store.tables.PostageRepository;
import jp.shomu.ledger.store.tables.StampRepository;

/**
 * Takes a 6-1 sheet back in (the layout of the export): the 実査 counts of the stamp register and the 後納料金 and
 * 通数 by department. Receipts and issues are not taken from the sheet (they are the register's own lines). One
 * problem anywhere writes nothing.
 */
public final class StampImport {
    private final LedgerContext ctx;

    public StampImport(LedgerContext ctx) {
        this.ctx = ctx;
    }

    /** Returns what was taken in, as a sentence. */
    public String run(StaffMember actor, RowSource source) {
        Permissions.require(actor, Action.EDIT_CASE);
        RowErrors errors = new RowErrors(source.name());
        TableSheetReader.Sheet sheet =
                TableSheetReader.read(source, errors, StampSheet.STAMP_HEADERS, StampSheet.POSTAGE_HEADERS);
        errors.throwIfAny();
        YearMonth month = sheet.month();
        return ctx.ledger().write(actor.login(), tx -> {
            int counts = 0;
            for (TableSheetReader.Row row : sheet.blocks().get(0)) {
                counts += count(tx, month, row, errors);
            }
            int postage = 0;
            Set<String> seen = new HashSet<>();
            for (TableSheetReader.Row row : sheet.blocks().get(1)) {
                postage += postage(tx, month, row, seen, errors);
            }
            errors.throwIfAny();
            return "取り込みました(実査 " + counts + " 件、後納料金 " + postage + " 所属)";
        });
    }

    private static int count(Tx tx, YearMonth month, TableSheetReader.Row row, RowErrors errors)
            throws java.sql.SQLException {
        String counted = row.cell(StampSheet.COUNTED);
        if (counted.isEmpty()) {
            return 0;
        }
        Long denomination = errors.count(
                row.number(),
                StampSheet.DENOMINATION,
                StampSheet.STAMP_HEADERS.get(StampSheet.DENOMINATION),
                row.cell(0));
        Long n = errors.count(
                row.number(), StampSheet.COUNTED, StampSheet.STAMP_HEADERS.get(StampSheet.COUNTED), counted);
        if (denomination == null || n == null) {
            return 0;
        }
        if (denomination == 0) {
            errors.add(row.number(), StampSheet.DENOMINATION, "額面は1以上にしてください");
            return 0;
        }
        if (n.equals(StampRepository.counts(tx.connection(), month).get(denomination))) {
            return 0;
        }
        StampRepository.count(tx, month, denomination, n);
        return 1;
    }

    private static int postage(Tx tx, YearMonth month, TableSheetReader.Row row, Set<String> seen, RowErrors errors)
            throws java.sql.SQLException {
        String department = row.cell(StampSheet.DEPARTMENT);
        if (!seen.add(department)) {
            errors.add(row.number(), StampSheet.DEPARTMENT, "所属「" + department + "」が2回あります");
            return 0;
        }
        Long amount = errors.count(
                row.number(),
                StampSheet.POSTAGE,
                StampSheet.POSTAGE_HEADERS.get(StampSheet.POSTAGE),
                row.cell(StampSheet.POSTAGE));
        Long pieces = errors.count(
                row.number(),
                StampSheet.PIECES,
                StampSheet.POSTAGE_HEADERS.get(StampSheet.PIECES),
                row.cell(StampSheet.PIECES));
        if (amount == null || pieces == null) {
            return 0;
        }
        boolean same = PostageRepository.inMonth(tx.connection(), month.toString()).stream()
                .anyMatch(p -> p.department().equals(department) && p.amount() == amount && p.pieces() == pieces);
        boolean nothing = amount == 0
                && pieces == 0
                && PostageRepository.inMonth(tx.connection(), month.toString()).stream()
                        .noneMatch(p -> p.department().equals(department));
        if (same || nothing) {
            return 0;
        }
        PostageRepository.set(tx, new Postage(0, month, department, amount, pieces, 1), null);
        return 1;
    }
}
