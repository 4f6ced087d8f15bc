package jp.shomu.ledger.domain.kpi;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import jp.shomu.ledger.domain.audit.ChainHead;
import jp.shomu.ledger.domain.sla.SlaResult;
import jp.shomu.ledger.domain.sla.SlaTargets;

/**
 * Everything the monthly 業務実績報告書・SLA報告 shows, computed from the ledger as it stood at the end of
 * {@code asOf} (rebuilt from the audit trail), so the same month gives the same figures whenever it is made;
 * {@code corrections} are records made during the month that belong to earlier months. {@code asOf} is the month's last day, or the day the report was made if the month has not ended;
 * {@code anchor} is the audit chain's head at the end of that day, printed so the city can later prove that
 * history up to it was not changed (docs/SECURITY.md §6).
 */
public record MonthlyFigures(
        YearMonth month,
        LocalDate asOf,
        Instant generatedAt,
        String generatedBy,
        List<TypeFigures> types,
        Tally totals,
        SlaTargets targets,
        List<SlaResult> sla,
        ErrorAnalysis errors,
        List<CaseAlert> alerts,
        ChainHead anchor,
        List<LateCorrection> corrections) {
    public MonthlyFigures {
        corrections = List.copyOf(corrections);
        types = List.copyOf(types);
        sla = List.copyOf(sla);
        alerts = List.copyOf(alerts);
    }

    /** The month has not ended yet when the report is made: its figures are provisional. */
    public boolean provisional() {
        return asOf.isBefore(month.atEndOfMonth());
    }
}
