package jp.shomu.ledger.domain.kpi;

import java.util.List;
import jp.shomu.ledger.domain.sla.SlaItem;
import jp.shomu.ledger.domain.sla.SlaMetric;
import jp.shomu.ledger.domain.sla.SlaResult;

/** Turns the month's totals into each SLA metric's numerator and denominator (docs/REPORTS.md §SLA). */
public final class SlaMeasures {
    private SlaMeasures() {}

    /** {numerator, denominator}; the denominator is 0 for counts. */
    public static long[] fraction(SlaMetric metric, Tally t) {
        return switch (metric) {
            case ON_TIME_RATE -> new long[] {t.get(Figure.ON_TIME), t.get(Figure.COMPLETED_WITH_DUE)};
            case ACCURACY ->
                new long[] {
                    Math.max(0, t.get(Figure.COMPLETED) - t.get(Figure.COMPLETED_WITH_ERROR)), t.get(Figure.COMPLETED)
                };
            case DOUBLE_CHECK_RATE -> new long[] {t.get(Figure.DOUBLE_CHECKED), t.get(Figure.COMPLETED)};
            case ERROR_COUNT -> new long[] {t.get(Figure.ERRORS_AFTER_COMPLETION), 0};
            case OVERDUE_COUNT -> new long[] {t.get(Figure.COMPLETED_LATE) + t.get(Figure.OPEN_OVERDUE), 0};
            case SEND_BACK_RATE ->
                new long[] {t.get(Figure.SEND_BACKS), t.get(Figure.SEND_BACKS) + t.get(Figure.APPROVALS)};
            case SEND_BACK_COUNT -> new long[] {t.get(Figure.SEND_BACKS), 0};
            case OPEN_AT_MONTH_END -> new long[] {t.get(Figure.OPEN_AT_MONTH_END), 0};
            case NO_DUE_DATE_COUNT -> new long[] {t.get(Figure.OPEN_NO_DUE), 0};
        };
    }

    public static List<SlaResult> evaluate(List<SlaItem> items, Tally totals) {
        return items.stream()
                .map(i -> {
                    long[] f = fraction(i.metric(), totals);
                    return i.evaluate(f[0], f[1]);
                })
                .toList();
    }
}
