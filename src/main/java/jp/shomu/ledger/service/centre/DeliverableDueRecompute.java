package jp.shomu.ledger.service.centre;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.shomu.ledger.domain.centre.ComputedDueDates;
import jp.shomu.ledger.domain.centre.Deliverable;
import jp.shomu.ledger.domain.centre.DueRule;
import jp.shomu.ledger.domain.centre.Meeting;
import jp.shomu.ledger.domain.staff.Action;
import jp.shomu.ledger.domain.staff.Permissions;
import jp.shomu.ledger.domain.staff.StaffMember;
import jp.shomu.ledger.service.LedgerContext;
import jp.shomu.ledger.store.centre.DeliverableRepository;
import jp.shomu.ledger.store.centre.MeetingRepository;

/**
 * After the calendar changed (holidays imported, a day overridden), moves every due date computed in business days
 * to where the calendar now puts it — the monthly reports, the provisional dates, the minutes (with their meeting's
 * due date) and the deliverables added on a change with a rule. Dates the city named are never touched. One audited
 * transaction; each move is also in the deliverable's history.
 */
public final class DeliverableDueRecompute {
    /** One due date moved. */
    public record Change(long id, String name, String period, LocalDate oldDue, LocalDate newDue) {}

    private final LedgerContext ctx;

    public DeliverableDueRecompute(LedgerContext ctx) {
        this.ctx = ctx;
    }

    public List<Change> apply(StaffMember actor) {
        Permissions.require(actor, Action.CENTRE_RECORDS);
        if (ctx.ledger().isReadOnly() || ctx.ledger().isArchive()) {
            return List.of();
        }
        ComputedDueDates computed = new ComputedDueDates(ctx.calendar());
        return ctx.ledger().write(actor.login(), tx -> {
            Map<Long, DueRule> rules = DeliverableRepository.rules(tx.connection());
            List<Change> changes = new ArrayList<>();
            for (Deliverable d : DeliverableRepository.list(tx.connection(), null)) {
                Optional<LocalDate> due = computed.of(d, rules.get(d.id()));
                if (due.isEmpty() || due.get().equals(d.due())) {
                    continue;
                }
                DeliverableRepository.save(
                        tx, d.withDue(due.get(), d.basis()), "期日再計算", "カレンダーの変更: " + d.due() + " → " + due.get());
                Optional<Meeting> meeting = MeetingRepository.ofDeliverable(tx.connection(), d.id());
                if (meeting.isPresent()) {
                    MeetingRepository.saveMinutesDue(tx, meeting.get(), due.get());
                }
                changes.add(new Change(d.id(), d.name(), d.period(), d.due(), due.get()));
            }
            return changes;
        });
    }
}
