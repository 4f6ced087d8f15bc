package jp.shomu.ledger.domain.sla;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * A month's figure for one SLA item and whether it met its target. For a rate the figure is
 * {@code numerator / denominator}; for a count it is {@code numerator} (the denominator is 0).
 */
public record SlaResult(SlaItem item, long numerator, long denominator, Verdict verdict) {
    /** 達成, 未達, or 該当なし (a rate over no cases). */
    public enum Verdict {
        MET("達成"),
        NOT_MET("未達"),
        NO_CASES("該当なし");

        private final String label;

        Verdict(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * The rate in percent, rounded down to one decimal place so that a figure just short of its target is never
     * shown as reaching it (99.96 % is shown as 99.9 %, not 100.0 %). Empty for counts and for rates over no cases.
     */
    public Optional<BigDecimal> percentShown() {
        if (!item.metric().isRate() || denominator == 0) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(numerator)
                .multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(denominator), 1, RoundingMode.DOWN));
    }

    /** The figure as the report prints it: 「98.7%(75/76件)」, 「2件」, 「該当なし(0件)」. */
    public String actualText() {
        if (!item.metric().isRate()) {
            return numerator + "件";
        }
        return percentShown()
                .map(p -> p.toPlainString() + "%(" + numerator + "/" + denominator + "件)")
                .orElse("該当なし(0件)");
    }

    public boolean met() {
        return verdict != Verdict.NOT_MET;
    }
}
