package jp.shomu.ledger.service.centre;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import jp.shomu.ledger.domain.cases.InvalidInputException;
import jp.shomu.ledger.domain.centre.DeliverableSchedule;
import jp.shomu.ledger.domain.centre.Meeting;
import jp.shomu.ledger.domain.centre.PlannedDeliverable;
import jp.shomu.ledger.domain.staff.Action;
import jp.shomu.ledger.domain.staff.Permissions;
import jp.shomu.ledger.domain.staff.StaffMember;
import jp.shomu.ledger.service.FieldInput;
import jp.shomu.ledger.service.LedgerContext;
import jp.shomu.ledger.store.centre.DeliverableRepository;
import jp.shomu.ledger.store.centre.MeetingRepository;

/**
 * The monthly meeting with the city (月次定例会, spec §13): its day, attendees, an agenda drafted from the previous
 * month's figures, the minutes, and the minutes as a deliverable due on the 5th business day after the meeting.
 */
public final class MeetingService {
    private final LedgerContext ctx;

    public MeetingService(LedgerContext ctx) {
        this.ctx = ctx;
    }

    /** Records a meeting with a drafted agenda; its minutes become a deliverable. */
    public Meeting add(StaffMember actor, LocalDate heldOn, String attendees) {
        Permissions.require(actor, Action.CENTRE_RECORDS);
        FieldInput.requireText("出席者", attendees == null ? "" : attendees);
        if (ctx.ledger().read(c -> MeetingRepository.heldOn(c, heldOn)).isPresent()) {
            throw new InvalidInputException(heldOn + " の定例会はすでに記録されています");
        }
        new DeliverableService(ctx).ensureSchedule(actor);
        String agenda = new AgendaDraft(ctx).draft(actor, YearMonth.from(heldOn).minusMonths(1), heldOn);
        PlannedDeliverable minutes = DeliverableSchedule.minutes(heldOn, ctx.calendar());
        long id = ctx.ledger().write(actor.login(), tx -> {
            long deliverable = DeliverableRepository.ensure(tx, minutes);
            return MeetingRepository.add(
                    tx, heldOn, attendees == null ? "" : attendees.strip(), agenda, minutes.due(), deliverable);
        });
        return get(actor, id);
    }

    public Meeting get(StaffMember actor, long id) {
        Permissions.require(actor, Action.READ_CASES);
        return ctx.ledger()
                .read(c -> MeetingRepository.byId(c, id))
                .orElseThrow(() -> new InvalidInputException("定例会 " + id + " はありません"));
    }

    public List<Meeting> all(StaffMember actor) {
        Permissions.require(actor, Action.READ_CASES);
        return ctx.ledger().read(MeetingRepository::all);
    }

    public List<Meeting> inMonth(StaffMember actor, YearMonth month) {
        Permissions.require(actor, Action.READ_CASES);
        return ctx.ledger().read(c -> MeetingRepository.between(c, month.atDay(1), month.atEndOfMonth()));
    }

    /** Saves the attendees, agenda and minutes of a meeting last read at {@code m.version()}. */
    public Meeting save(StaffMember actor, Meeting m) {
        Permissions.require(actor, Action.CENTRE_RECORDS);
        FieldInput.requireText("議事録", m.minutes());
        FieldInput.requireText("議題", m.agenda());
        FieldInput.requireText("出席者", m.attendees());
        ctx.ledger().write(actor.login(), tx -> MeetingRepository.save(tx, m));
        return get(actor, m.id());
    }
}
