package jp.shomu.ledger.domain.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** 4-2's arithmetic: 累計, 残額 and 執行率, worked by hand. */
class BudgetMonthLineTest {
    static final YearMonth APR = YearMonth.of(2027, 4);
    static final YearMonth MAY = YearMonth.of(2027, 5);

    final BudgetLine postage = new BudgetLine(1, 2027, "0211-01", "郵便料", "総務課", 1_200_000, 1);

    @Test
    void theMonthAddsToWhatWasSpentBeforeInTheYear() {
        BudgetMonthLine may =
                BudgetMonthLine.of(postage, MAY, Map.of(APR, 100_000L, MAY, 120_000L, YearMonth.of(2027, 6), 9L));
        assertEquals(100_000, may.before());
        assertEquals(120_000, may.month());
        assertEquals(220_000, may.cumulative());
        assertEquals(980_000, may.remaining());
        // 220,000 ÷ 1,200,000 = 18.333… % → 18.3
        assertEquals(Optional.of(new BigDecimal("18.3")), may.rate());
    }

    @Test
    void theRateIsRoundedHalfUpToOneDecimalAndAbsentWithoutABudget() {
        assertEquals(Optional.of(new BigDecimal("6.3")), BudgetMonthLine.rate(1, 16), "6.25 → 6.3");
        assertEquals(Optional.of(new BigDecimal("66.7")), BudgetMonthLine.rate(2, 3));
        assertEquals(Optional.of(new BigDecimal("105.0")), BudgetMonthLine.rate(21, 20), "overspent");
        assertEquals(Optional.empty(), BudgetMonthLine.rate(5, 0));
    }

    @Test
    void departmentsAddUpTheirLines() {
        BudgetMonthLine a = BudgetMonthLine.of(postage, MAY, Map.of(APR, 100_000L, MAY, 120_000L));
        BudgetMonthLine b =
                BudgetMonthLine.of(new BudgetLine(2, 2027, "0211-02", "複合機使用料", "総務課", 600_000, 1), MAY, Map.of());
        BudgetMonthLine soumu = BudgetMonthLine.sum("総務課", "総務課", List.of(a, b));
        assertEquals(1_800_000, soumu.budget());
        assertEquals(220_000, soumu.cumulative());
        assertEquals(1_580_000, soumu.remaining());
        assertEquals(Optional.of(new BigDecimal("12.2")), soumu.rate(), "220,000 ÷ 1,800,000 = 12.22…%");
    }

    @Test
    void theFiscalYearRunsFromApril() {
        assertEquals(2026, BudgetLine.fiscalYearOf(YearMonth.of(2027, 3)));
        assertEquals(2027, BudgetLine.fiscalYearOf(APR));
    }

    @Test
    void aChangedBudgetIsWhatTheRateAndTheRemainderFollow() {
        // 補正: 1,200,000 → 1,000,000; 220,000 spent by May: 残額 780,000, 執行率 22.0%
        BudgetLine revised = new BudgetLine(1, 2027, "0211-01", "郵便料", "総務課", 1_000_000, 2);
        BudgetMonthLine may = BudgetMonthLine.of(revised, MAY, Map.of(APR, 100_000L, MAY, 120_000L));
        assertEquals(780_000, may.remaining());
        assertEquals(Optional.of(new BigDecimal("22.0")), may.rate());
    }
}
