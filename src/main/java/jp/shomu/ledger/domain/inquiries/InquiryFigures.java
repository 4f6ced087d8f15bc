package jp.shomu.ledger.domain.inquiries;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * A month's inquiries and FAQ changes for the monthly report: counts by channel, task type and department (most
 * first), first-response time in business minutes (median and 90th percentile of those answered or escalated),
 * escalations to the city, and FAQ articles first published, re-published after a revision, and retired.
 */
public record InquiryFigures(
        YearMonth month,
        long received,
        Map<String, Long> byChannel,
        Map<String, Long> byType,
        Map<String, Long> byDepartment,
        long responded,
        Long firstResponseMedian,
        Long firstResponseP90,
        long escalated,
        long open,
        long faqAdded,
        long faqUpdated,
        long faqRetired) {
    public InquiryFigures {
        // in the order given (most first)
        byChannel = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(byChannel));
        byType = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(byType));
        byDepartment = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(byDepartment));
    }

    /** Whether there is anything to report (no sheet in a month without inquiries or FAQ changes). */
    public boolean isEmpty() {
        return received == 0 && faqAdded == 0 && faqUpdated == 0 && faqRetired == 0;
    }

    /** The nearest-rank percentile of sorted values (null for none). */
    public static Long percentile(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return null;
        }
        int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
    }
}
