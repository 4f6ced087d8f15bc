package jp.shomu.ledger.ui.settings;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import jp.shomu.ledger.domain.changes.ChangeKind;
import jp.shomu.ledger.domain.changes.ChangeProposal;
import jp.shomu.ledger.domain.staff.Action;
import jp.shomu.ledger.domain.staff.StaffMember;
import jp.shomu.ledger.service.settings.ChangeReview;
import jp.shomu.ledger.service.settings.ChangeService;
import jp.shomu.ledger.ui.common.DialogService;
import jp.shomu.ledger.ui.common.DisplayFormat;
import jp.shomu.ledger.ui.common.ErrorText;
import jp.shomu.ledger.ui.common.Messages;
import jp.shomu.ledger.ui.common.Session;
import jp.shomu.ledger.ui.common.TaskExecutor;

/**
 * The open proposals of one kind (catalog or SLA targets) and the one chosen: what it changes, item by item, and the
 * second person's decision. The proposer cannot approve their own (the same rule as the command line); they may
 * withdraw it.
 */
public final class ProposalsViewModel {
    /** One open proposal in the list. */
    public record ProposalRow(ChangeProposal proposal, String proposer) {
        public String number() {
            return Long.toString(proposal.id());
        }

        public String summary() {
            return proposal.summary();
        }

        public String proposedAt() {
            return DisplayFormat.dateTime(proposal.proposedAt());
        }
    }

    /** One difference, in words. */
    public record DifferenceRow(String item, String before, String after) {}

    private final Session session;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final ChangeKind kind;

    // Properties
    private final ObservableList<ProposalRow> proposals = FXCollections.observableArrayList();
    private final ObjectProperty<ProposalRow> selected = new SimpleObjectProperty<>();
    private final ObservableList<DifferenceRow> differences = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper reviewNote = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper canApprove = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canReject = new ReadOnlyBooleanWrapper(false);
    private final StringProperty note = new SimpleStringProperty("");

    public ProposalsViewModel(Session session, TaskExecutor executor, DialogService dialogs, ChangeKind kind) {
        this.session = session;
        this.executor = executor;
        this.dialogs = dialogs;
        this.kind = kind;
        selected.addListener((obs, old, now) -> review(now));
        session.userProperty().addListener((obs, old, now) -> refresh());
    }

    public ObservableList<ProposalRow> proposals() {
        return proposals;
    }

    public ObjectProperty<ProposalRow> selectedProperty() {
        return selected;
    }

    public ObservableList<DifferenceRow> differences() {
        return differences;
    }

    /** Who proposed it and when, and why it cannot be approved when it cannot. */
    public ReadOnlyStringProperty reviewNoteProperty() {
        return reviewNote.getReadOnlyProperty();
    }

    /** False for the proposer (four eyes), for one made on a version no longer in force, and with nothing chosen. */
    public ReadOnlyBooleanProperty canApproveProperty() {
        return canApprove.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRejectProperty() {
        return canReject.getReadOnlyProperty();
    }

    /** The approval's comment or the rejection's reason. */
    public StringProperty noteProperty() {
        return note;
    }

    // Commands

    public void refresh() {
        StaffMember user = session.user();
        if (!session.can(Action.APPROVE_CHANGE)) {
            proposals.clear();
            return;
        }
        ChangeService service = new ChangeService(session.context());
        executor.run(
                Messages.get("settings.proposals.task"),
                () -> service.proposals(user, true).stream()
                        .filter(p -> p.kind() == kind)
                        .map(p -> new ProposalRow(p, session.staffName(p.proposedBy())))
                        .toList(),
                rows -> {
                    Long chosen = selected.get() == null
                            ? null
                            : selected.get().proposal().id();
                    proposals.setAll(rows);
                    ProposalRow next = rows.stream()
                            .filter(r -> chosen != null && r.proposal().id() == chosen)
                            .findFirst()
                            .orElse(rows.isEmpty() ? null : rows.get(0));
                    if (java.util.Objects.equals(next, selected.get())) {
                        review(next); // the same proposal, perhaps for another person: who may decide changes
                    } else {
                        selected.set(next);
                    }
                },
                e -> dialogs.showError(ErrorText.of(e)));
    }

    private void review(ProposalRow row) {
        differences.clear();
        canApprove.set(false);
        canReject.set(row != null);
        if (row == null) {
            reviewNote.set(Messages.get("settings.proposals.none"));
            return;
        }
        StaffMember user = session.user();
        ChangeService service = new ChangeService(session.context());
        long id = row.proposal().id();
        executor.run(
                Messages.get("settings.proposals.task"),
                () -> service.review(user, id),
                this::show,
                e -> reviewNote.set(ErrorText.of(e)));
    }

    private void show(ChangeReview r) {
        differences.setAll(r.differences().stream()
                .map(d -> new DifferenceRow(
                        DifferenceText.item(d), DifferenceText.value(d.before()), DifferenceText.value(d.after())))
                .toList());
        boolean own = r.proposal().proposedBy() == session.user().id();
        String who = Messages.format(
                "settings.proposals.by",
                r.proposerName(),
                DisplayFormat.dateTime(r.proposal().proposedAt()),
                Integer.toString(r.differences().size()));
        if (own) {
            who += " " + Messages.get("settings.proposals.own");
        } else if (!r.baseStillInForce()) {
            who += " " + Messages.get("settings.proposals.stale");
        }
        reviewNote.set(who);
        canApprove.set(!own && r.baseStillInForce());
    }

    public void approve() {
        ProposalRow row = selected.get();
        if (row == null || !canApprove.get()) {
            return;
        }
        if (!dialogs.confirm(
                Messages.get("settings.approve.title"),
                Messages.format("settings.approve.confirm", row.number(), row.summary()))) {
            return;
        }
        StaffMember user = session.user();
        ChangeService service = new ChangeService(session.context());
        String comment = note.get().isBlank() ? Messages.get("settings.approve.defaultNote") : note.get();
        executor.run(
                Messages.get("settings.approve.title"),
                () -> service.approve(user, row.proposal().id(), comment),
                version -> {
                    note.set("");
                    dialogs.showInfo(
                            Messages.get("settings.approve.title"),
                            Messages.format("settings.approve.done", row.number(), version.toString()));
                    session.watcher().changedHere();
                    refresh();
                },
                e -> dialogs.showError(ErrorText.of(e)));
    }

    /** Rejects another's proposal, or withdraws one's own; the reason is required. */
    public void reject() {
        ProposalRow row = selected.get();
        if (row == null) {
            return;
        }
        StaffMember user = session.user();
        ChangeService service = new ChangeService(session.context());
        String reason = note.get();
        executor.run(
                Messages.get("settings.reject.title"),
                () -> {
                    service.reject(user, row.proposal().id(), reason);
                    return row;
                },
                done -> {
                    note.set("");
                    refresh();
                },
                e -> dialogs.showError(ErrorText.of(e)));
    }
}
