package jp.shomu.ledger.service.inquiries;

import java.time.LocalDateTime;

/**
 * What the operator types for a new inquiry. {@code receivedAt} null means now; {@code employeeNo}, {@code typeCode}
 * and {@code caseId} are optional.
 */
public record InquiryInput(
        LocalDateTime receivedAt,
        String channel,
        String department,
        String employeeNo,
        String typeCode,
        String question,
        Long caseId) {}
