package jp.shomu.ledger.service.tables;

import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.shomu.ledger.domain.cases.InvalidInputException;
import jp.shomu.ledger.domain.staff.Action;
import jp.shomu.ledger.domain.staff.Permissions;
import jp.shomu.ledger.domain.staff.StaffMember;
import jp.shomu.ledger.domain.tables.Postage;
import jp.shomu.ledger.domain.tables.RowErrors;
import jp.shomu.ledger.domain.tables.StampBook;
import jp.shomu.ledger.domain.tables.StampEntry;
import jp.shomu.ledger.domain.tables.StampSheet;
import jp.shomu.ledger.domain.tables.TableSheet;
import jp.shomu.ledger.service.LedgerContext;
import jp.shomu.ledger.service.imports.RowSource;
import jp.shomu.ledger.store.Tx;
import jp.shomu.ledger.store.tables.PostageRepository;
import jp.shomu.ledger.store.tables.StampRepository;

/**
 * Takes a 6-1 sheet back in (the layout of the export), every figure of it: per denomination 前月繰越 (must be the
 * book's), 受入, 払出, 帳簿残高, 実査, 差異, 残高金額 and 確認; the stamps issued by department and denomination; the
 * postage by department (切手払出, 後納料金, 通数, 合計). The worked-out figures must add up with the others; more
 * stamps received or issued than the register holds are recorded as new lines of the register (a register line is
 * never taken away by an import: fewer is refused). One problem anywhere writes nothing.
 */
public final class StampImport {
    /** A denomination's line of the sheet; null: a worked-out cell left blank. */
    private record RegisterRow(
            int row,
            long denomination,
            long opening,
            long received,
            Long issued,
            Long balance,
            Long counted,
            String difference,
            Long worth,
            String check) {}

    private record IssueRow(int row, String department, long denomination, long quantity) {}

    private record PostageRow(int row, String department, long amount, long pieces) {}

    private final LedgerContext ctx;

    public StampImport(LedgerContext ctx) {
        this.ctx = ctx;
    }

    /** Returns what was taken in, as a sentence. */
    public String run(StaffMember actor, RowSource source) {
        Permissions.require(actor, Action.EDIT_CASE);
        RowErrors errors = new RowErrors(source.name());
        TableSheetReader.Sheet sheet = TableSheetReader.read(
                source, errors, StampSheet.STAMP_HEADERS, StampSheet.ISSUE_HEADERS, StampSheet.POSTAGE_HEADERS);
        errors.throwIfAny();
        YearMonth month = sheet.month();
        List<IssueRow> issues = issues(sheet.blocks().get(1), errors);
        List<RegisterRow> register = register(sheet.blocks().get(0), issues, errors);
        List<PostageRow> postage = postage(sheet.blocks().get(2), issues, errors);
        return ctx.ledger().write(actor.login(), tx -> {
            StampBook book = StampService.book(tx.connection(), month);
            againstTheBook(book, month, register, issues, errors);
            errors.throwIfAny(); // the sheet's own problems and those against the register, together
            int received = 0;
            for (RegisterRow r : register) {
                long more = r.received() - book.received(month, r.denomination());
                if (more > 0) {
                    StampRepository.add(
                            tx, new StampEntry(0, month, StampEntry.Kind.RECEIVED, r.denomination(), more, "", 1));
                    received++;
                }
            }
            int issued = 0;
            for (IssueRow i : issues) {
                long more = i.quantity() - issuedTo(book, month, i.department(), i.denomination());
                if (more > 0) {
                    issued += issue(tx, month, i, more, errors);
                }
            }
            int counts = 0;
            Map<Long, Long> counted = StampRepository.counts(tx.connection(), month);
            for (RegisterRow r : register) {
                if (r.counted() != null && !r.counted().equals(counted.get(r.denomination()))) {
                    StampRepository.count(tx, month, r.denomination(), r.counted());
                    counts++;
                }
            }
            int departments = 0;
            for (PostageRow p : postage) {
                departments += postage(tx, month, p);
            }
            errors.throwIfAny();
            return "取り込みました(受入 " + received + " 件、払出 " + issued + " 件、実査 " + counts + " 件、後納料金 " + departments + " 所属)";
        });
    }

    private static List<IssueRow> issues(List<TableSheetReader.Row> rows, RowErrors errors) {
        List<IssueRow> issues = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (TableSheetReader.Row row : rows) {
            int n = row.number();
            String department = row.cell(StampSheet.ISSUE_DEPARTMENT);
            Long denomination = positive(row, StampSheet.ISSUE_DENOMINATION, StampSheet.ISSUE_HEADERS, errors);
            Long quantity = number(row, StampSheet.ISSUE_QUANTITY, StampSheet.ISSUE_HEADERS, errors);
            Long yen = worked(row, StampSheet.ISSUE_YEN, StampSheet.ISSUE_HEADERS, errors);
            if (department.isEmpty()) {
                errors.add(n, StampSheet.ISSUE_DEPARTMENT, "払出先の所属を入力してください");
                continue;
            }
            if (denomination == null || quantity == null) {
                continue;
            }
            if (!seen.add(department + "\t" + denomination)) {
                errors.add(n, StampSheet.ISSUE_DEPARTMENT, department + " の " + denomination + "円切手の行が2回あります");
                continue;
            }
            if (yen != null && yen != denomination * quantity) {
                errors.add(n, StampSheet.ISSUE_YEN, mismatch("金額", "額面 × 枚数", denomination * quantity, yen));
            }
            issues.add(new IssueRow(n, department, denomination, quantity));
        }
        return issues;
    }

    private static List<RegisterRow> register(
            List<TableSheetReader.Row> rows, List<IssueRow> issues, RowErrors errors) {
        List<RegisterRow> register = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (TableSheetReader.Row row : rows) {
            int n = row.number();
            List<String> h = StampSheet.STAMP_HEADERS;
            Long denomination = positive(row, StampSheet.DENOMINATION, h, errors);
            Long opening = number(row, StampSheet.OPENING, h, errors);
            Long received = number(row, StampSheet.RECEIVED, h, errors);
            Long issued = worked(row, StampSheet.ISSUED, h, errors);
            Long balance = worked(row, StampSheet.BALANCE, h, errors);
            Long counted = row.cell(StampSheet.COUNTED).isEmpty() ? null : number(row, StampSheet.COUNTED, h, errors);
            Long worth = worked(row, StampSheet.WORTH, h, errors);
            if (denomination == null || opening == null || received == null) {
                continue;
            }
            if (!seen.add(denomination)) {
                errors.add(n, StampSheet.DENOMINATION, denomination + "円の行が2回あります");
                continue;
            }
            RegisterRow r = new RegisterRow(
                    n,
                    denomination,
                    opening,
                    received,
                    issued,
                    balance,
                    counted,
                    row.cell(StampSheet.DIFFERENCE),
                    worth,
                    row.cell(StampSheet.CHECK));
            addsUp(r, issues, errors);
            register.add(r);
        }
        return register;
    }

    /** The worked-out cells of a denomination's line against the figures they are worked out from. */
    private static void addsUp(RegisterRow r, List<IssueRow> issues, RowErrors errors) {
        int n = r.row();
        long issued = issues.stream()
                .filter(i -> i.denomination() == r.denomination())
                .mapToLong(IssueRow::quantity)
                .sum();
        if (r.issued() != null && r.issued() != issued) {
            errors.add(
                    n,
                    StampSheet.ISSUED,
                    mismatch("払出", "「払出の内訳」の " + r.denomination() + "円の枚数の合計", issued, r.issued()));
        }
        long balance = r.opening() + r.received() - issued;
        if (r.balance() != null && r.balance() != balance) {
            errors.add(n, StampSheet.BALANCE, mismatch("帳簿残高", "前月繰越 + 受入 − 払出", balance, r.balance()));
        }
        if (r.worth() != null && r.worth() != balance * r.denomination()) {
            errors.add(n, StampSheet.WORTH, mismatch("残高金額", "帳簿残高 × 額面", balance * r.denomination(), r.worth()));
        }
        String difference = r.difference().replace(",", "");
        if (r.counted() == null) {
            if (!difference.isEmpty()) {
                errors.add(n, StampSheet.DIFFERENCE, "実査が空欄のときは差異も空欄にしてください(「" + r.difference() + "」)");
            }
        } else if (!difference.isEmpty()) {
            long expected = r.counted() - balance;
            if (!difference.matches("-?\\d{1,15}") || Long.parseLong(difference) != expected) {
                errors.add(n, StampSheet.DIFFERENCE, "差異は 実査 − 帳簿残高 = " + expected + " です(「" + r.difference() + "」)");
            }
        }
        boolean flagged = r.counted() == null || r.counted() != balance;
        String check = flagged ? StampSheet.FLAG : "";
        if (!r.check().equals(check)) {
            errors.add(
                    n,
                    StampSheet.CHECK,
                    "確認は" + (flagged ? "「" + StampSheet.FLAG + "」" : "空欄") + "のはずです(「" + r.check() + "」)");
        }
    }

    private static List<PostageRow> postage(List<TableSheetReader.Row> rows, List<IssueRow> issues, RowErrors errors) {
        List<PostageRow> postage = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (TableSheetReader.Row row : rows) {
            int n = row.number();
            List<String> h = StampSheet.POSTAGE_HEADERS;
            String department = row.cell(StampSheet.DEPARTMENT);
            Long stamps = worked(row, StampSheet.STAMPS, h, errors);
            Long amount = number(row, StampSheet.POSTAGE, h, errors);
            Long pieces = number(row, StampSheet.PIECES, h, errors);
            Long total = worked(row, StampSheet.TOTAL, h, errors);
            if (!seen.add(department)) {
                errors.add(n, StampSheet.DEPARTMENT, "所属「" + department + "」が2回あります");
                continue;
            }
            if (amount == null || pieces == null) {
                continue;
            }
            long issued = issues.stream()
                    .filter(i -> i.department().equals(department))
                    .mapToLong(i -> i.denomination() * i.quantity())
                    .sum();
            if (stamps != null && stamps != issued) {
                errors.add(
                        n, StampSheet.STAMPS, mismatch("切手払出", "「払出の内訳」の " + department + " の金額の合計", issued, stamps));
            }
            if (total != null && total != issued + amount) {
                errors.add(n, StampSheet.TOTAL, mismatch("合計", "切手払出 + 後納料金", issued + amount, total));
            }
            postage.add(new PostageRow(n, department, amount, pieces));
        }
        return postage;
    }

    /**
     * The sheet against the register: 前月繰越 is the book's balance at the end of the month before, and the stamps
     * received and issued are at least what the register holds (an import adds lines, it takes none away).
     */
    private static void againstTheBook(
            StampBook book, YearMonth month, List<RegisterRow> register, List<IssueRow> issues, RowErrors errors) {
        Map<Long, Integer> rowOf = new HashMap<>();
        for (RegisterRow r : register) {
            rowOf.put(r.denomination(), r.row());
            long opening = book.closing(month.minusMonths(1), r.denomination());
            if (r.opening() != opening) {
                errors.add(
                        r.row(),
                        StampSheet.OPENING,
                        "前月繰越 " + r.opening() + " 枚が " + month.minusMonths(1) + " 末の帳簿残高 " + opening
                                + " 枚と違います。前月の受払はこの月の表では直せません");
            }
            long received = book.received(month, r.denomination());
            if (r.received() < received) {
                errors.add(
                        r.row(),
                        StampSheet.RECEIVED,
                        "受入 " + r.received() + " 枚は記帳済みの " + received + " 枚より少なくなっています。取込みでは受払簿の行を減らせません");
            }
        }
        for (StampBook.Issued i : book.issued(month)) {
            IssueRow sheet = issues.stream()
                    .filter(x -> x.department().equals(i.department()) && x.denomination() == i.denomination())
                    .findFirst()
                    .orElse(null);
            if (sheet == null) {
                errors.add(
                        rowOf.getOrDefault(i.denomination(), TableSheet.HEADER_ROW),
                        StampSheet.ISSUED,
                        "払出の内訳に " + i.department() + " の " + i.denomination() + "円(記帳済み " + i.quantity()
                                + " 枚)の行がありません。取込みでは受払簿の行を減らせません");
            } else if (sheet.quantity() < i.quantity()) {
                errors.add(
                        sheet.row(),
                        StampSheet.ISSUE_QUANTITY,
                        "枚数 " + sheet.quantity() + " 枚は記帳済みの " + i.quantity() + " 枚より少なくなっています。取込みでは受払簿の行を減らせません");
            }
        }
    }

    private static long issuedTo(StampBook book, YearMonth month, String department, long denomination) {
        return book.issued(month).stream()
                .filter(i -> i.department().equals(department) && i.denomination() == denomination)
                .mapToLong(StampBook.Issued::quantity)
                .sum();
    }

    /** Records stamps issued beyond the register's, refused (on the sheet's row) when the book has not got them. */
    private static int issue(Tx tx, YearMonth month, IssueRow i, long more, RowErrors errors) throws SQLException {
        try {
            StampService.book(tx.connection(), month).checkIssue(month, i.denomination(), more);
        } catch (InvalidInputException e) {
            errors.add(i.row(), StampSheet.ISSUE_QUANTITY, e.getMessage());
            return 0;
        }
        StampRepository.add(
                tx, new StampEntry(0, month, StampEntry.Kind.ISSUED, i.denomination(), more, i.department(), 1));
        return 1;
    }

    private static int postage(Tx tx, YearMonth month, PostageRow p) throws SQLException {
        List<Postage> now = PostageRepository.inMonth(tx.connection(), month.toString());
        boolean same = now.stream()
                .anyMatch(x ->
                        x.department().equals(p.department()) && x.amount() == p.amount() && x.pieces() == p.pieces());
        boolean nothing = p.amount() == 0
                && p.pieces() == 0
                && now.stream().noneMatch(x -> x.department().equals(p.department()));
        if (same || nothing) {
            return 0;
        }
        PostageRepository.set(tx, new Postage(0, month, p.department(), p.amount(), p.pieces(), 1), null);
        return 1;
    }

    private static String mismatch(String what, String rule, long expected, long found) {
        return what + "は " + rule + " = " + String.format("%,d", expected) + " です(「" + String.format("%,d", found)
                + "」)";
    }

    private static Long number(TableSheetReader.Row row, int column, List<String> headers, RowErrors errors) {
        return errors.count(row.number(), column, headers.get(column), row.cell(column));
    }

    private static Long positive(TableSheetReader.Row row, int column, List<String> headers, RowErrors errors) {
        Long n = number(row, column, headers, errors);
        if (n != null && n == 0) {
            errors.add(row.number(), column, headers.get(column) + "は1以上にしてください");
            return null;
        }
        return n;
    }

    /**
     * A cell the sheet works out: a whole number, below 0 too (a balance the issues took below 0 is refused by the
     * register's own rule, on the issue's row); null when blank.
     */
    private static Long worked(TableSheetReader.Row row, int column, List<String> headers, RowErrors errors) {
        String t = row.cell(column).replace(",", "");
        if (t.isEmpty()) {
            return null;
        }
        if (!t.matches("-?\\d{1,15}")) {
            errors.add(row.number(), column, headers.get(column) + "は整数で入力してください(「" + row.cell(column) + "」)");
            return null;
        }
        return Long.parseLong(t);
    }
}
