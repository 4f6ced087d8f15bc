package jp.shomu.ledger.domain.inquiries;

import java.time.LocalDateTime;
import java.util.List;

/**
 * One question from a city employee and what became of it. Times are Japan local; the minutes are business minutes
 * ({@link jp.shomu.ledger.domain.calendar.BusinessHours}), null until the moment they measure.
 */
public record Inquiry(
        long id,
        LocalDateTime receivedAt,
        Channel channel,
        String department,
        String employeeNo,
        String typeCode,
        String question,
        String answer,
        InquiryStatus status,
        String recordedBy,
        String answeredBy,
        LocalDateTime firstResponseAt,
        Long firstResponseMinutes,
        LocalDateTime resolvedAt,
        Long resolutionMinutes,
        Long caseId,
        List<Long> faqIds,
        long version) {
    public Inquiry {
        faqIds = List.copyOf(faqIds);
    }
}
