package jp.shomu.ledger.domain.cases;

import java.time.LocalDate;

/** One row of a case list: enough to show, sort and colour it without loading the fields. */
public record CaseSummary(
        long id,
        String typeCode,
        String subject,
        CaseStatus status,
        LocalDate receivedOn,
        LocalDate dueOn,
        LocalDate warnOn,
        LocalDate completedOn,
        Long assigneeId,
        String assigneeName,
        long version) {}
