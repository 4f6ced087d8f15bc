package jp.shomu.ledger.domain.centre;

import java.time.Instant;

/** One step of a deliverable's history: submitted, accepted, sent back, due date changed. */
public record DeliverableEvent(long deliverableId, Instant at, String action, String actor, String note) {}
