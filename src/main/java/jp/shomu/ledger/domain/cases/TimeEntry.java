package jp.shomu.ledger.domain.cases;

import java.time.LocalDate;

/** Minutes a person spent on a case on one day. */
public record TimeEntry(long id, long caseId, long staffId, LocalDate workDate, int minutes) {}
