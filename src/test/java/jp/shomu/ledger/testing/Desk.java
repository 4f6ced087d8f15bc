package jp.shomu.ledger.testing;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import jp.shomu.ledger.domain.cases.CaseFile;
import jp.shomu.ledger.domain.cases.ChecklistTick;
import jp.shomu.ledger.domain.cases.PauseKind;
import jp.shomu.ledger.domain.catalog.ChecklistItem;
import jp.shomu.ledger.domain.catalog.TaskType;
import jp.shomu.ledger.domain.staff.StaffMember;
import jp.shomu.ledger.service.LedgerContext;
import jp.shomu.ledger.service.cases.CaseDetails;
import jp.shomu.ledger.service.cases.CaseService;
import jp.shomu.ledger.service.cases.CaseWorkflow;

/**
 * Works cases through the real services on chosen days, as an operator, a checker and a leader would: so a test
 * can build a month of history by hand.
 */
public final class Desk {
    private final LedgerContext ctx;
    private final MutableClock clock;
    private final CaseService cases;
    private final CaseWorkflow flow;

    public Desk(LedgerContext ctx, MutableClock clock) {
        this.ctx = ctx;
        this.clock = clock;
        this.cases = new CaseService(ctx);
        this.flow = new CaseWorkflow(ctx);
    }

    public Desk on(LocalDate day) {
        clock.at(day, 10, 0);
        return this;
    }

    public Desk at(LocalDate day, int hour, int minute) {
        clock.at(day, hour, minute);
        return this;
    }

    public StaffMember who(String login) {
        return ctx.whoIs(login);
    }

    /** Registers a case received on {@code received} with its type's required fields filled in. */
    public long receive(String typeCode, LocalDate received, String maker, String subject, Map<String, String> extra) {
        on(received);
        Map<String, String> fields = new LinkedHashMap<>(required(typeCode, received));
        fields.put("receivedOn", received.toString());
        fields.putAll(extra);
        return cases.create(who(maker), typeCode, subject, fields);
    }

    private static Map<String, String> required(String typeCode, LocalDate received) {
        return switch (typeCode) {
            case "3-4" ->
                Map.of("targetEmployee", "99000001", "procedureKind", "給付請求", "eventDate", received.toString());
            case "2-2" ->
                Map.of(
                        "allowanceKind",
                        "通勤",
                        "certificationKind",
                        "新規",
                        "targetEmployee",
                        "99000002",
                        "eventDate",
                        received.toString(),
                        "notifiedOn",
                        received.toString());
            default -> Map.of();
        };
    }

    public CaseFile get(long id) {
        return details(id).caseFile();
    }

    private CaseDetails details(long id) {
        return cases.details(who("leader"), id);
    }

    public void start(long id, String maker) {
        flow.start(who(maker), id, get(id).version());
    }

    /** The maker ticks every required step of theirs (not the checker's, not the city's) and asks for the check. */
    public void submit(long id, String maker) {
        CaseFile c = get(id);
        if (c.status() == jp.shomu.ledger.domain.cases.CaseStatus.RECEIVED) {
            start(id, maker);
        }
        for (ChecklistItem item : type(id).checklist()) {
            if (item.required()
                    && !item.secondPerson()
                    && !item.cityStep()
                    && !ticked(id).contains(item.id())) {
                flow.tick(who(maker), id, item.id(), "");
            }
        }
        flow.submitForCheck(who(maker), id, get(id).version());
    }

    public void sendBack(long id, String checker, String... categories) {
        flow.sendBack(who(checker), id, get(id).version(), List.of(categories), "誤りあり(見本)");
    }

    /** The checker ticks the double-check steps and approves. */
    public void approve(long id, String checker) {
        for (ChecklistItem item : type(id).checklist()) {
            if (item.required() && item.secondPerson() && !ticked(id).contains(item.id())) {
                flow.tick(who(checker), id, item.id(), "");
            }
        }
        flow.approve(who(checker), id, get(id).version(), "");
    }

    /** The city's steps are ticked and the case completed. */
    public void cityComplete(long id, String maker) {
        for (ChecklistItem item : type(id).checklist()) {
            if (item.required() && item.cityStep() && !ticked(id).contains(item.id())) {
                flow.tick(who(maker), id, item.id(), "市決裁済");
            }
        }
        flow.complete(who(maker), id, get(id).version());
    }

    public void pause(long id, String maker, PauseKind kind) {
        flow.pause(who(maker), id, get(id).version(), kind, "書類の不足(見本)", kind == PauseKind.CITY_HOLD ? "見本局 人事課" : "");
    }

    public void resume(long id, String maker) {
        flow.resume(who(maker), id, get(id).version(), "回答あり");
    }

    public void withdraw(long id, String maker) {
        flow.withdraw(who(maker), id, get(id).version(), "申請者から取下げ");
    }

    public void reopen(long id, String leader, String... categories) {
        flow.reopenWithError(who(leader), id, get(id).version(), List.of(categories), "完了後に誤りが判明(見本)");
    }

    public void logTime(long id, String who, LocalDate day, int minutes) {
        flow.logTime(who(who), id, day, minutes);
    }

    private TaskType type(long id) {
        CaseFile c = get(id);
        return ctx.catalog(c.catalogVersion()).taskType(c.typeCode()).orElseThrow();
    }

    private Set<String> ticked(long id) {
        return details(id).ticks().stream().map(ChecklistTick::itemId).collect(Collectors.toSet());
    }
}
