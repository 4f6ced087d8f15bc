package jp.shomu.ledger.service.tables;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.List;
import jp.shomu.ledger.domain.staff.Action;
import jp.shomu.ledger.domain.staff.Permissions;
import jp.shomu.ledger.domain.staff.StaffMember;
import jp.shomu.ledger.domain.tables.Postage;
import jp.shomu.ledger.domain.tables.PostageLine;
import jp.shomu.ledger.domain.tables.StampBook;
import jp.shomu.ledger.domain.tables.StampEntry;
import jp.shomu.ledger.domain.tables.StampLine;
import jp.shomu.ledger.service.FieldInput;
import jp.shomu.ledger.service.LedgerContext;
import jp.shomu.ledger.store.tables.PostageRepository;
import jp.shomu.ledger.store.tables.StampRepository;

/**
 * 6-1 郵便 as a table: the stamp register (received, issued by department, balance per denomination), its month-end
 * count against the book, and the postage by department for the cost allocation.
 */
public final class StampService {
    /**
     * The month of the register: one line per denomination, the stamps issued by department and denomination, and
     * the cost by department.
     */
    public record StampMonth(
            YearMonth month, List<StampLine> stamps, List<StampBook.Issued> issued, List<PostageLine> departments) {}

    private final LedgerContext ctx;

    public StampService(LedgerContext ctx) {
        this.ctx = ctx;
    }

    public void receive(StaffMember actor, YearMonth month, long denomination, long quantity) {
        Permissions.require(actor, Action.EDIT_CASE);
        StampEntry e = new StampEntry(0, month, StampEntry.Kind.RECEIVED, denomination, quantity, "", 1);
        ctx.ledger().write(actor.login(), tx -> StampRepository.add(tx, e));
    }

    /** Issues stamps to a department; refused when the book has not got them. */
    public void issue(StaffMember actor, YearMonth month, String department, long denomination, long quantity) {
        Permissions.require(actor, Action.EDIT_CASE);
        FieldInput.requireText("所属", department == null ? "" : department);
        StampEntry e = new StampEntry(
                0,
                month,
                StampEntry.Kind.ISSUED,
                denomination,
                quantity,
                department == null ? "" : department.strip(),
                1);
        ctx.ledger().write(actor.login(), tx -> {
            book(tx.connection(), month).checkIssue(month, denomination, quantity);
            return StampRepository.add(tx, e);
        });
    }

    /** Records the stamps counted at month end (実査); a recount replaces the count. */
    public void count(StaffMember actor, YearMonth month, long denomination, long counted) {
        Permissions.require(actor, Action.EDIT_CASE);
        if (denomination <= 0 || counted < 0) {
            throw new jp.shomu.ledger.domain.cases.InvalidInputException("額面は1以上、実査の枚数は0以上の整数で入力してください");
        }
        ctx.ledger().write(actor.login(), tx -> {
            StampRepository.count(tx, month, denomination, counted);
            return null;
        });
    }

    /** Sets a department's 料金後納 postage for the month. */
    public void postage(StaffMember actor, YearMonth month, String department, long amount, long pieces) {
        Permissions.require(actor, Action.EDIT_CASE);
        FieldInput.requireText("所属", department == null ? "" : department);
        Postage p = new Postage(0, month, department == null ? "" : department.strip(), amount, pieces, 1);
        ctx.ledger().write(actor.login(), tx -> {
            PostageRepository.set(tx, p, null);
            return null;
        });
    }

    public StampMonth month(StaffMember actor, YearMonth month) {
        Permissions.require(actor, Action.READ_CASES);
        return ctx.ledger().read(c -> {
            StampBook book = book(c, month);
            return new StampMonth(
                    month,
                    book.lines(month),
                    book.issued(month),
                    PostageLine.of(
                            month, book.issuedByDepartment(month), PostageRepository.inMonth(c, month.toString())));
        });
    }

    static StampBook book(Connection c, YearMonth month) throws SQLException {
        return new StampBook(StampRepository.all(c), StampRepository.counts(c, month));
    }
}
