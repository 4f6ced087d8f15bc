package jp.shomu.ledger.domain.tables;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A budget line's month: 予算額, what was spent before the month in its fiscal year, 当月の執行額, 累計, 残額 and
 * 執行率 (累計 ÷ 予算額, in percent to one decimal, rounded half up; none when the budget is 0).
 */
public record BudgetMonthLine(String code, String name, String department, long budget, long before, long month) {

    public long cumulative() {
        return before + month;
    }

    public long remaining() {
        return budget - cumulative();
    }

    public Optional<BigDecimal> rate() {
        return rate(cumulative(), budget);
    }

    static Optional<BigDecimal> rate(long spent, long budget) {
        return budget == 0
                ? Optional.empty()
                : Optional.of(
                        BigDecimal.valueOf(spent * 100L).divide(BigDecimal.valueOf(budget), 1, RoundingMode.HALF_UP));
    }

    /** {@code line}'s month from its spends by month (YYYY-MM → yen). */
    public static BudgetMonthLine of(BudgetLine line, YearMonth month, Map<YearMonth, Long> spends) {
        long before = spends.entrySet().stream()
                .filter(e -> e.getKey().isBefore(month))
                .mapToLong(Map.Entry::getValue)
                .sum();
        return new BudgetMonthLine(
                line.code(), line.name(), line.department(), line.budget(), before, spends.getOrDefault(month, 0L));
    }

    /** The lines added up: the totals line, or one department's when given that department's lines. */
    public static BudgetMonthLine sum(String label, String department, List<BudgetMonthLine> lines) {
        return new BudgetMonthLine(
                label,
                "",
                department,
                lines.stream().mapToLong(BudgetMonthLine::budget).sum(),
                lines.stream().mapToLong(BudgetMonthLine::before).sum(),
                lines.stream().mapToLong(BudgetMonthLine::month).sum());
    }
}
