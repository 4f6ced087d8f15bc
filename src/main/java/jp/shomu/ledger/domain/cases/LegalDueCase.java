package jp.shomu.ledger.domain.cases;

import java.time.LocalDate;

/** An open case and its statutory limit (法定期限), as the desk warns on it. */
public record LegalDueCase(long id, String typeCode, String subject, LocalDate legalDue, String assigneeLogin) {}
