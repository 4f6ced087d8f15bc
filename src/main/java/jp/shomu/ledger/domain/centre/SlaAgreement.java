package jp.shomu.ledger.domain.centre;

/** One fiscal year's SLA agreement (spec §15(1)): the items and targets as agreed (one a line), when, who approved. */
public record SlaAgreement(
        long id, int fiscalYear, String items, String agreedOn, String cityApprover, String note, long version) {}
