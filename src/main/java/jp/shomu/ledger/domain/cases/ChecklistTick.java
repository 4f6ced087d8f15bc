package jp.shomu.ledger.domain.cases;

import java.time.Instant;

/** A checklist item ticked on a case: who ticked it and when. */
public record ChecklistTick(long caseId, String itemId, long tickedBy, Instant tickedAt, String note) {}
