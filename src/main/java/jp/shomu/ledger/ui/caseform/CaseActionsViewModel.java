package jp.shomu.ledger.ui.caseform;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import jp.shomu.ledger.domain.cases.CaseAction;
import jp.shomu.ledger.domain.cases.CaseFile;
import jp.shomu.ledger.domain.cases.CasePause;
import jp.shomu.ledger.domain.cases.CaseRules;
import jp.shomu.ledger.domain.cases.CaseStatus;
import jp.shomu.ledger.domain.cases.ChecklistTick;
import jp.shomu.ledger.domain.cases.PauseKind;
import jp.shomu.ledger.domain.cases.ReviewOutcome;
import jp.shomu.ledger.domain.catalog.ChecklistItem;
import jp.shomu.ledger.domain.staff.Action;
import jp.shomu.ledger.domain.staff.Permissions;
import jp.shomu.ledger.domain.staff.StaffMember;
import jp.shomu.ledger.service.cases.CaseDetails;
import jp.shomu.ledger.service.cases.CaseWorkflow;
import jp.shomu.ledger.ui.caseform.check.DoubleCheckViewModel;
import jp.shomu.ledger.ui.caseform.flow.ReasonViewModel;
import jp.shomu.ledger.ui.caseform.flow.ReasonViewModel.Purpose;
import jp.shomu.ledger.ui.common.DisplayFormat;
import jp.shomu.ledger.ui.common.Messages;

/**
 * The status flow from the case form: 受付 → 処理中 → 確認待ち → (市決裁待ち →) 完了, the double check, 不備照会 and
 * 保留 with their resumption, and 取下げ. Offers only the steps {@link CaseWorkflow#allowedActions} allows this
 * person now (status, role, and whether the case is theirs: another 担当者's case shows none of its maker's steps); status
 * changes wait until the form's edits are saved, so they always act on what is saved.
 */
public final class CaseActionsViewModel {
    /** The steps the form offers. */
    public enum Step {
        START,
        SUBMIT,
        CHECK,
        INQUIRY,
        HOLD,
        RESUME,
        COMPLETE,
        WITHDRAW
    }

    private final OpenCase openCase;
    private final BooleanBinding dirty;

    // Properties
    private final Map<Step, BooleanProperty> offered = new EnumMap<>(Step.class);
    private final ReadOnlyStringWrapper hint = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper checkBlocked = new ReadOnlyBooleanWrapper();

    CaseActionsViewModel(OpenCase openCase, BooleanBinding dirty) {
        this.openCase = openCase;
        this.dirty = dirty;
        for (Step s : Step.values()) {
            offered.put(s, new SimpleBooleanProperty());
        }
        openCase.detailsProperty().addListener((obs, old, d) -> update());
        dirty.addListener((obs, old, now) -> update());
        update();
    }

    /** Whether the step is offered now (its button is shown). */
    public BooleanProperty offeredProperty(Step step) {
        return offered.get(step);
    }

    /** Why a step cannot be taken now (unsaved edits, or the checker is the maker); empty when nothing blocks. */
    public ReadOnlyStringProperty hintProperty() {
        return hint.getReadOnlyProperty();
    }

    /** True for the maker of a case awaiting its double check: the checker is never the maker (leaders included). */
    public ReadOnlyBooleanProperty checkBlockedProperty() {
        return checkBlocked.getReadOnlyProperty();
    }

    /** What the user may do on the case now, by the workflow's own rule (status, role, whose case it is). */
    private Set<CaseAction> allowed() {
        CaseDetails d = openCase.details();
        return d == null
                ? Set.of()
                : CaseWorkflow.allowedActions(openCase.session().user(), d.caseFile());
    }

    private boolean mayCheck() {
        return allowed().contains(CaseAction.CHECK);
    }

    // Commands

    public void start() {
        step(Messages.get("task.start"), (wf, c) -> wf.start(user(), c.id(), c.version()));
    }

    /** 確認依頼: asks for an optional note and checker first; says so once it went through. */
    public void submitForCheck() {
        CaseFile current = openCase.details().caseFile();
        long maker = current.assigneeId() == null ? user().id() : current.assigneeId();
        List<StaffMember> checkers = openCase.session().roster().stream()
                .filter(s -> s.id() != maker && Permissions.allows(s, Action.DOUBLE_CHECK))
                .toList();
        ReasonViewModel vm =
                new ReasonViewModel(Purpose.SUBMIT, Messages.get("reason.submit.context")).withCheckers(checkers);
        if (!openCase.dialogs().showReason(vm)) {
            return;
        }
        StaffMember checker = vm.checkerProperty().get();
        step(
                Messages.get("task.submit"),
                (wf, c) -> wf.submitForCheck(user(), c.id(), c.version(), vm.text(), checker),
                checker == null
                        ? Messages.get("notice.submitted")
                        : Messages.format("notice.submittedTo", checker.name()));
    }

    public void complete() {
        step(
                Messages.get("task.complete"),
                (wf, c) -> wf.complete(user(), c.id(), c.version()),
                Messages.get("notice.completed"));
    }

    public void doubleCheck() {
        CaseDetails d = openCase.details();
        if (!mayCheck()) {
            openCase.messageProperty().set(Messages.get("check.notTheMaker"));
            return;
        }
        CaseFile c = d.caseFile();
        Set<String> ticked = d.ticks().stream().map(ChecklistTick::itemId).collect(Collectors.toSet());
        List<ChecklistItem> open = d.type().checklist().stream()
                .filter(i -> i.secondPerson() && !ticked.contains(i.id()))
                .toList();
        DoubleCheckViewModel vm = new DoubleCheckViewModel(
                Messages.format("form.title", Long.toString(c.id()), c.subject()),
                d.staffName(CaseRules.maker(c)),
                openCase.session().catalog(c.catalogVersion()).errorCategories(),
                open);
        if (!openCase.dialogs().showDoubleCheck(vm)) {
            return;
        }
        var session = openCase.session();
        openCase.change(
                Messages.get("task.check"),
                () -> {
                    if (vm.outcome() == ReviewOutcome.SENT_BACK) {
                        return session.workflow()
                                .sendBack(user(), c.id(), c.version(), vm.selectedCategoryCodes(), vm.comment());
                    }
                    for (String itemId : vm.selectedItemIds()) {
                        session.workflow().tick(user(), c.id(), itemId, "");
                    }
                    return session.workflow().approve(user(), c.id(), c.version(), vm.comment());
                },
                Messages.get(vm.outcome() == ReviewOutcome.SENT_BACK ? "notice.sentBack" : "notice.approved"));
    }

    public void inquiry() {
        ReasonViewModel vm = new ReasonViewModel(Purpose.INQUIRY, Messages.get("reason.inquiry.context"));
        if (openCase.dialogs().showReason(vm)) {
            step(
                    Messages.get("task.pause"),
                    (wf, c) -> wf.pause(user(), c.id(), c.version(), PauseKind.REQUESTER, vm.text(), ""));
        }
    }

    public void hold() {
        ReasonViewModel vm = new ReasonViewModel(Purpose.HOLD, Messages.get("reason.hold.context"));
        if (openCase.dialogs().showReason(vm)) {
            step(
                    Messages.get("task.pause"),
                    (wf, c) -> wf.pause(user(), c.id(), c.version(), PauseKind.CITY_HOLD, vm.text(), vm.addressee()));
        }
    }

    public void resume() {
        CasePause pause = openCase.details().pauses().stream()
                .filter(CasePause::isOpen)
                .reduce((a, b) -> b)
                .orElse(null);
        boolean hold = pause != null && pause.kind() == PauseKind.CITY_HOLD;
        String context = pause == null
                ? ""
                : Messages.format(
                        "reason.resume.context",
                        pause.kind().label(),
                        DisplayFormat.date(pause.startedOn()),
                        pause.reason(),
                        pause.addressee());
        ReasonViewModel vm = new ReasonViewModel(hold ? Purpose.RESUME_HOLD : Purpose.RESUME_INQUIRY, context);
        if (openCase.dialogs().showReason(vm)) {
            step(Messages.get("task.resume"), (wf, c) -> wf.resume(user(), c.id(), c.version(), vm.text()));
        }
    }

    public void withdraw() {
        ReasonViewModel vm = new ReasonViewModel(Purpose.WITHDRAW, Messages.get("reason.withdraw.context"));
        if (openCase.dialogs().showReason(vm)) {
            step(Messages.get("task.withdraw"), (wf, c) -> wf.withdraw(user(), c.id(), c.version(), vm.text()));
        }
    }

    @FunctionalInterface
    private interface StepWork {
        long run(CaseWorkflow workflow, CaseFile c);
    }

    private void step(String name, StepWork work) {
        step(name, work, "");
    }

    private void step(String name, StepWork work, String done) {
        CaseFile c = openCase.details().caseFile();
        var workflow = openCase.session().workflow();
        openCase.change(name, () -> work.run(workflow, c), done);
    }

    private StaffMember user() {
        return openCase.session().user();
    }

    private void update() {
        CaseDetails d = openCase.details();
        var session = openCase.session();
        CaseStatus s = d == null ? null : d.caseFile().status();
        boolean open = s != null && !s.isClosed();
        Set<CaseAction> allowed = allowed();
        for (Step step : Step.values()) {
            offered.get(step).set(!dirty.get() && allowed.contains(CaseAction.valueOf(step.name())));
        }
        checkBlocked.set(s == CaseStatus.AWAITING_CHECK
                && session.can(Action.DOUBLE_CHECK)
                && !allowed.contains(CaseAction.CHECK));
        if (d != null && dirty.get() && open) {
            hint.set(Messages.get("actions.saveFirst"));
        } else if (checkBlocked.get()) {
            hint.set(Messages.get("check.notTheMaker"));
        } else {
            hint.set("");
        }
    }
}
