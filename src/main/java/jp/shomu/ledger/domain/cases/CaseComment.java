package jp.shomu.ledger.domain.cases;

import java.time.Instant;

/** A note written on a case. */
public record CaseComment(long id, long caseId, long authorId, Instant writtenAt, String body) {}
