package jp.shomu.ledger.domain.kpi;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A record made after an earlier month's end that belongs to that month — time logged late for one of its days, a
 * case registered late with a 受付日 in it, a 受付日 corrected into or out of it. A month's figures never change
 * once its end has passed; such a record is shown instead in the report of the month it was recorded in.
 *
 * @param month          the earlier month the correction belongs to
 * @param receivedChange how 受付件数 of {@code month} would change (+1, −1 or 0)
 * @param minutesChange  how 作業時間 of {@code month} would change, in minutes
 */
public record LateCorrection(
        YearMonth month,
        long caseId,
        String typeCode,
        String what,
        long receivedChange,
        long minutesChange,
        LocalDate recordedOn) {}
