package jp.shomu.ledger.ui.settings;

import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import jp.shomu.ledger.domain.staff.Action;
import jp.shomu.ledger.domain.staff.StaffMember;
import jp.shomu.ledger.service.settings.BundledCatalogService;
import jp.shomu.ledger.ui.common.DialogService;
import jp.shomu.ledger.ui.common.ErrorText;
import jp.shomu.ledger.ui.common.Messages;
import jp.shomu.ledger.ui.common.Session;
import jp.shomu.ledger.ui.common.TaskExecutor;

/**
 * Tells leaders and managers when the app brings a catalog with more than the ledger's (calculated fields, yearly
 * thresholds …), which an existing ledger only gets through a catalog change, and makes that proposal in one step.
 * While such a proposal waits, it says so (for the second person who approves it) and offers nothing.
 */
public final class BundledCatalogNoticeViewModel {
    /** Lines of the additions listed in the confirmation; the rest are counted. */
    private static final int LISTED = 12;

    private final Session session;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Runnable proposed;
    private List<String> items = List.of();

    // Properties
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper canPropose = new ReadOnlyBooleanWrapper(false);

    /** @param proposed told after the proposal was made (the proposals list reads again) */
    public BundledCatalogNoticeViewModel(
            Session session, TaskExecutor executor, DialogService dialogs, Runnable proposed) {
        this.session = session;
        this.executor = executor;
        this.dialogs = dialogs;
        this.proposed = proposed;
        session.userProperty().addListener((obs, old, now) -> refresh());
    }

    /** The notice; empty when there is nothing to say (the banner hides). */
    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    /** Whether the 変更案を作成 button is offered: something to add and no proposal of it waiting. */
    public ReadOnlyBooleanProperty canProposeProperty() {
        return canPropose.getReadOnlyProperty();
    }

    // Commands

    /** Compares the app's catalog with the ledger's again. */
    public void refresh() {
        StaffMember user = session.user();
        if (!session.can(Action.PROPOSE_CHANGE)) {
            show("", false, List.of());
            return;
        }
        BundledCatalogService service = new BundledCatalogService(session.context());
        executor.run(
                Messages.get("catalog.bundled.task"),
                () -> service.offer(user),
                offer -> {
                    if (offer.worthProposing()) {
                        show(
                                Messages.format(
                                        "catalog.bundled.notice",
                                        Integer.toString(
                                                offer.additions().items().size())),
                                true,
                                offer.additions().items());
                    } else if (offer.pendingProposal() != null) {
                        show(
                                Messages.format(
                                        "catalog.bundled.pending",
                                        offer.pendingProposal().toString()),
                                false,
                                List.of());
                    } else {
                        show("", false, List.of());
                    }
                },
                e -> show(ErrorText.of(e), false, List.of()));
    }

    /** Asks, then proposes the ledger's catalog with the app's additions; a second person approves it. */
    public void propose() {
        if (!canPropose.get()) {
            return;
        }
        String listed = String.join("\n", items.subList(0, Math.min(LISTED, items.size())))
                + (items.size() > LISTED
                        ? "\n" + Messages.format("catalog.bundled.more", Integer.toString(items.size() - LISTED))
                        : "");
        if (!dialogs.confirm(
                Messages.get("catalog.bundled.title"),
                Messages.format("catalog.bundled.confirm", Integer.toString(items.size()), listed))) {
            return;
        }
        StaffMember user = session.user();
        BundledCatalogService service = new BundledCatalogService(session.context());
        executor.run(
                Messages.get("catalog.bundled.title"),
                () -> service.propose(user),
                id -> {
                    dialogs.showInfo(
                            Messages.get("catalog.bundled.title"),
                            Messages.format("catalog.bundled.done", id.toString()));
                    session.watcher().changedHere();
                    proposed.run();
                    refresh();
                },
                e -> dialogs.showError(ErrorText.of(e)));
    }

    private void show(String words, boolean offer, List<String> additions) {
        text.set(words);
        canPropose.set(offer);
        items = additions;
    }
}
