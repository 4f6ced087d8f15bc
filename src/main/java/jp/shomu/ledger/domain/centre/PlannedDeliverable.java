package jp.shomu.ledger.domain.centre;

import java.time.LocalDate;

/**
 * One deliverable the contract asks for, before the ledger tracks it.
 *
 * @param key        stable identity in the schedule ("MONTHLY_REPORT:2027-04", "SLA_AGREEMENT:2028")
 * @param name       the spec's name (月次業務実績報告書)
 * @param period     what it covers: "2027-04", "FY2028", "開設準備", a meeting day
 * @param fiscalYear the fiscal year of the period
 */
public record PlannedDeliverable(
        String key, String name, String period, int fiscalYear, LocalDate due, DueBasis basis) {}
