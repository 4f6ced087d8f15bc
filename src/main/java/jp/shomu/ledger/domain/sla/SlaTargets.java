package jp.shomu.ledger.domain.sla;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One version of the SLA items and targets. Version 0 is the built-in default (docs/REPORTS.md), in force until a
 * leader saves a version of their own; a saved version applies from {@code effectiveFrom} on.
 */
public record SlaTargets(
        int version, YearMonth effectiveFrom, Instant createdAt, String createdBy, List<SlaItem> items) {
    public SlaTargets {
        items = List.copyOf(items);
        Set<SlaMetric> seen = new HashSet<>();
        for (SlaItem item : items) {
            if (!seen.add(item.metric())) {
                throw new IllegalArgumentException("SLA の指標「" + item.metric().label() + "」が2回指定されています");
            }
        }
    }

    /** The defaults of the proposal: the two ratios every payroll outsourcing SLA carries, and three supporting items. */
    public static SlaTargets defaults() {
        return new SlaTargets(
                0,
                null,
                null,
                "",
                List.of(
                        new SlaItem(SlaMetric.ON_TIME_RATE, null, BigDecimal.valueOf(100)),
                        new SlaItem(SlaMetric.ACCURACY, null, BigDecimal.valueOf(99)),
                        new SlaItem(SlaMetric.DOUBLE_CHECK_RATE, null, BigDecimal.valueOf(100)),
                        new SlaItem(SlaMetric.ERROR_COUNT, null, BigDecimal.ZERO),
                        new SlaItem(SlaMetric.OVERDUE_COUNT, null, BigDecimal.ZERO)));
    }

    public boolean isDefault() {
        return version == 0;
    }
}
