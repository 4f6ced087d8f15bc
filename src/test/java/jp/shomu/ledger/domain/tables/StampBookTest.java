package jp.shomu.ledger.domain.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.shomu.ledger.domain.cases.InvalidInputException;
import org.junit.jupiter.api.Test;

/** The 6-1 stamp register: balances, the month-end count and the cost by department, worked by hand. */
class StampBookTest {
    static final YearMonth MAR = YearMonth.of(2027, 3);
    static final YearMonth APR = YearMonth.of(2027, 4);

    private final List<StampEntry> entries = new ArrayList<>(List.of(
            in(MAR, 110, 100),
            in(MAR, 85, 50),
            out(MAR, "総務課", 110, 30),
            out(MAR, "人事課", 110, 20),
            out(MAR, "人事課", 85, 10)));

    private static StampEntry in(YearMonth m, long denomination, long quantity) {
        return new StampEntry(0, m, StampEntry.Kind.RECEIVED, denomination, quantity, "", 1);
    }

    private static StampEntry out(YearMonth m, String department, long denomination, long quantity) {
        return new StampEntry(0, m, StampEntry.Kind.ISSUED, denomination, quantity, department, 1);
    }

    @Test
    void theBalanceIsCarriedOverPlusReceivedMinusIssued() {
        entries.add(in(APR, 110, 10));
        StampBook book = new StampBook(entries, Map.of());
        List<StampLine> march = book.lines(MAR);
        assertEquals(new StampLine(110, 0, 100, 50, 50, Optional.empty()), march.get(0), "highest denomination first");
        assertEquals(new StampLine(85, 0, 50, 10, 40, Optional.empty()), march.get(1));
        assertEquals(
                new StampLine(110, 50, 10, 0, 60, Optional.empty()),
                book.lines(APR).get(0));
        assertEquals(50 * 110, march.get(0).balanceYen());
    }

    @Test
    void theMonthEndCountFlagsADifferenceAndAMissingCount() {
        List<StampLine> march = new StampBook(entries, Map.of(110L, 50L, 85L, 38L)).lines(MAR);
        assertFalse(march.get(0).flagged(), "50 counted, 50 in the book");
        assertEquals(-2, march.get(1).difference(), "38 counted, 40 in the book");
        assertTrue(march.get(1).flagged());
        assertTrue(new StampBook(entries, Map.of()).lines(MAR).get(0).flagged(), "not counted yet");
    }

    @Test
    void moreThanTheBalanceCannotBeIssuedInTheMonthOrBecauseOfALaterMonth() {
        StampBook book = new StampBook(entries, Map.of());
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> book.checkIssue(APR, 110, 60));
        assertTrue(e.getMessage().contains("110円切手の残高(2027-04末 50枚)"), e.getMessage());
        book.checkIssue(APR, 110, 50);
        entries.add(out(APR, "総務課", 110, 50));
        // March still holds 50, but April would go below 0
        assertThrows(InvalidInputException.class, () -> new StampBook(entries, Map.of()).checkIssue(MAR, 110, 10));
    }

    @Test
    void theCostByDepartmentIsStampsIssuedPlusPostage() {
        StampBook book = new StampBook(entries, Map.of());
        // 人事課: 110 × 20 + 85 × 10 = 3,050; 総務課: 110 × 30 = 3,300
        assertEquals(Map.of("人事課", 3_050L, "総務課", 3_300L), book.issuedByDepartment(MAR));
        List<PostageLine> lines = PostageLine.of(
                MAR,
                book.issuedByDepartment(MAR),
                List.of(
                        new Postage(1, MAR, "総務課", 12_340, 100, 1),
                        new Postage(2, MAR, "会計課", 5_000, 40, 1),
                        new Postage(3, APR, "人事課", 999, 1, 1)));
        assertEquals(
                List.of(
                        new PostageLine("人事課", 3_050, 0, 0),
                        new PostageLine("会計課", 0, 5_000, 40),
                        new PostageLine("総務課", 3_300, 12_340, 100)),
                lines);
        assertEquals(15_640, lines.get(2).total());
    }
}
