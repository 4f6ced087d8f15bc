package jp.shomu.ledger.service.centre;

import java.time.LocalDate;
import java.util.List;
import jp.shomu.ledger.domain.cases.InvalidInputException;
import jp.shomu.ledger.domain.centre.Deliverable;
import jp.shomu.ledger.domain.centre.DeliverableEvent;
import jp.shomu.ledger.domain.centre.DeliverableSchedule;
import jp.shomu.ledger.domain.centre.DeliverableState;
import jp.shomu.ledger.domain.centre.DueBasis;
import jp.shomu.ledger.domain.centre.DueRule;
import jp.shomu.ledger.domain.centre.PlannedDeliverable;
import jp.shomu.ledger.domain.staff.Action;
import jp.shomu.ledger.domain.staff.Permissions;
import jp.shomu.ledger.domain.staff.StaffMember;
import jp.shomu.ledger.service.FieldInput;
import jp.shomu.ledger.service.LedgerContext;
import jp.shomu.ledger.store.centre.DeliverableRepository;

/**
 * The deliverables calendar (spec §14): the whole contract's schedule, written into the ledger the first time anyone
 * looks, each deliverable's way with the city (submitted, accepted, sent back) with its history, the dates the city
 * names, and what is due soon.
 */
public final class DeliverableService {
    /** How many business days ahead the leader's desk warns of a due date. */
    public static final int WARNING_BUSINESS_DAYS = 5;

    private final LedgerContext ctx;

    public DeliverableService(LedgerContext ctx) {
        this.ctx = ctx;
    }

    /**
     * Writes the contract's schedule into the ledger if it is not there yet (one audited transaction); a no-op read
     * afterwards. Runs for whoever reads first, auditors included: it adds no judgement, only the contract's dates.
     */
    public void ensureSchedule(StaffMember actor) {
        if (ctx.ledger().isReadOnly() || ctx.ledger().isArchive()) {
            return;
        }
        List<PlannedDeliverable> planned = DeliverableSchedule.forContract(ctx.calendar());
        long tracked = ctx.ledger().read(DeliverableRepository::count);
        if (tracked >= planned.size()) {
            return;
        }
        ctx.ledger().write(actor.login(), tx -> {
            for (PlannedDeliverable p : planned) {
                DeliverableRepository.ensure(tx, p);
            }
            return null;
        });
    }

    /** All deliverables, or one fiscal year's, ordered by due date. */
    public List<Deliverable> list(StaffMember actor, Integer fiscalYear) {
        Permissions.require(actor, Action.READ_CASES);
        ensureSchedule(actor);
        return ctx.ledger().read(c -> DeliverableRepository.list(c, fiscalYear));
    }

    public Deliverable get(StaffMember actor, long id) {
        Permissions.require(actor, Action.READ_CASES);
        return ctx.ledger()
                .read(c -> DeliverableRepository.byId(c, id))
                .orElseThrow(() -> new InvalidInputException("提出物 " + id + " はありません"));
    }

    public List<DeliverableEvent> history(StaffMember actor, long id) {
        Permissions.require(actor, Action.READ_CASES);
        return ctx.ledger().read(c -> DeliverableRepository.history(c, id));
    }

    /**
     * Owed deliverables due within {@link #WARNING_BUSINESS_DAYS} business days from today, and the overdue ones:
     * the warnings on the leader's desk.
     */
    public List<Deliverable> dueSoon(StaffMember actor) {
        Permissions.require(actor, Action.READ_CASES);
        ensureSchedule(actor);
        LocalDate until = ctx.calendar().addBusinessDays(ctx.today(), WARNING_BUSINESS_DAYS);
        return ctx.ledger().read(c -> DeliverableRepository.owedUntil(c, until));
    }

    /** Handed to the city today (first time or again after a send-back). */
    public Deliverable submit(StaffMember actor, long id, String note) {
        return submit(actor, id, note, null);
    }

    /** Handed to the city on {@code on} (null: today), first time or again after a send-back. */
    public Deliverable submit(StaffMember actor, long id, String note, LocalDate on) {
        LocalDate day = dayOf(on);
        return step(actor, id, "提出", note, d -> d.withStep(d.state().submit(), day, null, noteOr(d, note)));
    }

    /** The city accepted it today (検収合格). */
    public Deliverable accept(StaffMember actor, long id, String note) {
        return accept(actor, id, note, null);
    }

    /** The city accepted it on {@code on} (null: today), not before it was submitted. */
    public Deliverable accept(StaffMember actor, long id, String note, LocalDate on) {
        LocalDate day = dayOf(on);
        return step(actor, id, "受理", note, d -> {
            if (d.submittedOn() != null && day.isBefore(d.submittedOn())) {
                throw new InvalidInputException("受理日が提出日(" + d.submittedOn() + ")より前です");
            }
            return d.withStep(d.state().accept(), d.submittedOn(), day, noteOr(d, note));
        });
    }

    private LocalDate dayOf(LocalDate on) {
        LocalDate today = ctx.today();
        if (on != null && on.isAfter(today)) {
            throw new InvalidInputException("未来の日付は記録できません: " + on);
        }
        return on == null ? today : on;
    }

    /** The city sent it back (§14(5)); the note says what it asked for. */
    public Deliverable sendBack(StaffMember actor, long id, String note) {
        if (note == null || note.isBlank()) {
            throw new InvalidInputException("再提出依頼には、市が求めた内容を --note で記録してください");
        }
        return step(
                actor,
                id,
                "再提出依頼",
                note,
                d -> d.withStep(d.state().sendBack(), d.submittedOn(), null, noteOr(d, note)));
    }

    /** Enters the due date the city named. */
    public Deliverable setDue(StaffMember actor, long id, LocalDate due, String note) {
        return step(actor, id, "期日変更", note == null ? "市指定 " + due : note, d -> d.withDue(due, DueBasis.CITY));
    }

    /** Adds a deliverable that happens rather than being planned (a manual revised), due on the date given. */
    public long add(StaffMember actor, String name, String period, LocalDate due) {
        return add(actor, name, period, due, DueBasis.CITY, null);
    }

    /**
     * Adds a deliverable due on "every change" (FAQ, manuals, flows, 体制図, 名簿) a number of business days after a
     * day: its due date follows the calendar ({@link DeliverableDueRecompute}).
     */
    public long addOnChange(StaffMember actor, String name, String period, DueRule rule) {
        if (rule.businessDays() < 0) {
            throw new InvalidInputException("営業日数は0以上で指定してください");
        }
        return add(actor, name, period, rule.due(ctx.calendar()), DueBasis.RULE, rule);
    }

    private long add(StaffMember actor, String name, String period, LocalDate due, DueBasis basis, DueRule rule) {
        Permissions.require(actor, Action.CENTRE_RECORDS);
        if (name == null || name.isBlank() || period == null || period.isBlank()) {
            throw new InvalidInputException("提出物の名称と対象を入力してください");
        }
        FieldInput.requireText("提出物の名称", name);
        FieldInput.requireText("対象", period);
        ensureSchedule(actor);
        return ctx.ledger().write(actor.login(), tx -> {
            String key = "ADDED:" + name.strip() + ":" + period + ":" + DeliverableRepository.count(tx.connection());
            long id = DeliverableRepository.ensure(
                    tx,
                    new PlannedDeliverable(
                            key,
                            name.strip(),
                            period,
                            jp.shomu.ledger.domain.calendar.FiscalYear.of(due).year(),
                            due,
                            basis));
            if (rule != null) {
                DeliverableRepository.addRule(tx, id, rule);
            }
            return id;
        });
    }

    private interface Change {
        Deliverable apply(Deliverable d);
    }

    private Deliverable step(StaffMember actor, long id, String action, String note, Change change) {
        Permissions.require(actor, Action.CENTRE_RECORDS);
        if (note != null) {
            FieldInput.requireText("メモ", note);
        }
        return ctx.ledger().write(actor.login(), tx -> {
            Deliverable now = DeliverableRepository.byId(tx.connection(), id)
                    .orElseThrow(() -> new InvalidInputException("提出物 " + id + " はありません"));
            Deliverable next = change.apply(now);
            DeliverableRepository.save(tx, next, action, note);
            return DeliverableRepository.byId(tx.connection(), id).orElseThrow();
        });
    }

    private static String noteOr(Deliverable d, String note) {
        return note == null || note.isBlank() ? d.note() : note.strip();
    }

    /** The label a list shows for a state. */
    public static String label(DeliverableState s) {
        return s.label();
    }
}
