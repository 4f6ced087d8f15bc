package jp.shomu.ledger.domain.centre;

/** The improvement measure taken for one SLA item a month missed (spec §15(2)). */
public record SlaMeasure(long id, String month, String item, String measure, String recordedBy, long version) {}
