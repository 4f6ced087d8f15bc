package jp.shomu.ledger.domain.sla;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One item of the SLA: a figure the app computes, the name the city knows it by, and its target — a percentage
 * for rates (99 means 99 %), a number of cases for counts.
 */
public record SlaItem(SlaMetric metric, String name, BigDecimal target) {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public SlaItem {
        Objects.requireNonNull(metric, "metric");
        name = name == null || name.isBlank() ? metric.label() : name.strip();
        Objects.requireNonNull(target, "target");
        if (target.signum() < 0 || (metric.isRate() && target.compareTo(HUNDRED) > 0)) {
            throw new IllegalArgumentException("「" + name + "」の目標値 " + target.toPlainString() + " は範囲外です("
                    + (metric.isRate() ? "0〜100 %" : "0件以上") + ")");
        }
        if (!metric.isRate() && target.stripTrailingZeros().scale() > 0) {
            throw new IllegalArgumentException("「" + name + "」の目標値は件数(整数)で指定してください");
        }
        target = target.stripTrailingZeros();
        if (target.scale() < 0) {
            target = target.setScale(0);
        }
    }

    /** The target as written in the report: 「99%以上」, 「0件以下」. */
    public String targetText() {
        return target.toPlainString() + metric.unit() + (metric.higherIsBetter() ? "以上" : "以下");
    }

    /**
     * Judges a month's figure. A rate compares the exact fraction with the target, before any rounding for display;
     * a rate with no cases (denominator 0) has nothing to judge.
     */
    public SlaResult evaluate(long numerator, long denominator) {
        if (metric.isRate() && denominator == 0) {
            return new SlaResult(this, numerator, denominator, SlaResult.Verdict.NO_CASES);
        }
        int cmp = metric.isRate()
                ? BigDecimal.valueOf(numerator)
                        .multiply(HUNDRED)
                        .compareTo(target.multiply(BigDecimal.valueOf(denominator)))
                : BigDecimal.valueOf(numerator).compareTo(target);
        boolean met = metric.higherIsBetter() ? cmp >= 0 : cmp <= 0;
        return new SlaResult(this, numerator, denominator, met ? SlaResult.Verdict.MET : SlaResult.Verdict.NOT_MET);
    }
}
