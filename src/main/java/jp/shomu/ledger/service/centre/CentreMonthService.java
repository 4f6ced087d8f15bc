package jp.shomu.ledger.service.centre;

import java.time.YearMonth;
import java.util.List;
import jp.shomu.ledger.domain.centre.CentreMonth;
import jp.shomu.ledger.domain.centre.Deliverable;
import jp.shomu.ledger.domain.centre.Improvement;
import jp.shomu.ledger.domain.centre.ImprovementStatus;
import jp.shomu.ledger.domain.staff.StaffMember;
import jp.shomu.ledger.service.LedgerContext;

/** Gathers the centre's records for one month's report. */
public final class CentreMonthService {
    private final LedgerContext ctx;

    public CentreMonthService(LedgerContext ctx) {
        this.ctx = ctx;
    }

    /**
     * The month's incidents and meetings, the improvements proposed in it or still under way, the deliverables due in
     * it or still owed at its end, and the SLA measures recorded for it.
     */
    public CentreMonth of(StaffMember viewer, YearMonth month) {
        List<Improvement> improvements = new ImprovementService(ctx)
                .all(viewer).stream()
                        .filter(i -> !i.proposedOn().isAfter(month.atEndOfMonth()))
                        .filter(i -> YearMonth.from(i.proposedOn()).equals(month)
                                || (i.status() != ImprovementStatus.REJECTED
                                        && i.status() != ImprovementStatus.MEASURED))
                        .toList();
        List<Deliverable> deliverables = new DeliverableService(ctx)
                .list(viewer, null).stream()
                        .filter(d -> YearMonth.from(d.due()).equals(month)
                                || (d.state().owed() && d.due().isBefore(month.atDay(1))))
                        .toList();
        return new CentreMonth(
                month,
                new IncidentService(ctx).inMonth(viewer, month),
                improvements,
                new MeetingService(ctx).inMonth(viewer, month),
                deliverables,
                new SlaAgreementService(ctx).measures(viewer, month));
    }
}
