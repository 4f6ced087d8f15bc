package jp.shomu.ledger.domain.cases;

import java.time.LocalDate;
import jp.shomu.ledger.domain.sla.SlaDates;
import jp.shomu.ledger.domain.sla.SlaState;

/**
 * The centre's SLA state of a case. The centre's part ends when the double check approves ({@code centreDoneOn}),
 * so a case waiting for the city's decision (市決裁待ち) is measured as done on that day, not as the centre's delay.
 */
public final class CaseSla {
    private CaseSla() {}

    /** Null when there is nothing to measure: no due date yet (a deadline field left blank), or 取下げ. */
    public static SlaState of(
            CaseStatus status, LocalDate due, LocalDate warn, LocalDate centreDoneOn, LocalDate today) {
        if (due == null || status == CaseStatus.WITHDRAWN) {
            return null;
        }
        LocalDate warnFrom = warn == null || warn.isAfter(due) ? due : warn;
        return SlaState.classify(new SlaDates(due, warnFrom), today, status.isPaused(), centreDoneOn);
    }
}
