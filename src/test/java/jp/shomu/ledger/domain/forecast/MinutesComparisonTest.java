package jp.shomu.ledger.domain.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The arithmetic of standard against actual minutes, and where the rule calls for a new standard. */
class MinutesComparisonTest {
    @Test
    void actualMinutesPerCaseAreRoundedHalfUp() {
        assertEquals(79, new MinutesComparison("2-2", 66, 20, 1570).actual());
        assertEquals(78, new MinutesComparison("2-2", 66, 20, 1569).actual());
        assertEquals(0, new MinutesComparison("2-2", 66, 0, 0).actual());
    }

    @Test
    void theRatioHasTwoDecimals() {
        assertEquals("1.30", new MinutesComparison("2-1", 60, 20, 1560).ratioText());
        assertEquals("0.50", new MinutesComparison("2-1", 60, 10, 300).ratioText());
        assertEquals("", new MinutesComparison("2-1", 60, 0, 0).ratioText());
    }

    @Test
    void thirtyPercentAwayIsExactlyTheBorder() {
        assertTrue(new MinutesComparison("2-1", 60, 20, 20 * 78).differs(), "1.30 × standard");
        assertFalse(new MinutesComparison("2-1", 60, 20, 20 * 78 - 1).differs(), "just under 1.30");
        assertTrue(new MinutesComparison("2-1", 60, 20, 20 * 42).differs(), "0.70 × standard");
        assertFalse(new MinutesComparison("2-1", 60, 20, 20 * 42 + 1).differs(), "just over 0.70");
    }

    @Test
    void fewerThanTwentyCasesNeverCallForAChange() {
        assertFalse(new MinutesComparison("2-1", 60, MinutesComparison.MIN_CASES - 1, 19 * 600).differs());
        assertTrue(new MinutesComparison("2-1", 60, MinutesComparison.MIN_CASES, 20 * 600).differs());
    }
}
