package jp.shomu.ledger.ui.caseform;

import java.util.concurrent.Callable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import jp.shomu.ledger.domain.catalog.TaskType;
import jp.shomu.ledger.domain.errors.ConflictException;
import jp.shomu.ledger.service.cases.CaseDetails;
import jp.shomu.ledger.ui.common.ErrorText;
import jp.shomu.ledger.ui.common.Messages;
import jp.shomu.ledger.ui.common.Session;
import jp.shomu.ledger.ui.common.TaskExecutor;

/**
 * The case a form shows, shared by the form's parts (fields, checklist, actions, records, history): its latest
 * details, the message of the last failed action, and the one way parts change the case — run the work off the UI
 * thread, then reload and tell the other screens.
 */
public final class OpenCase {
    private final Session session;
    private final TaskExecutor executor;
    private final CaseFormDialogs dialogs;
    private final TaskType type;

    // Properties
    private final ReadOnlyObjectWrapper<CaseDetails> details = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<Long> id = new SimpleObjectProperty<>();
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty notice = new SimpleStringProperty("");
    /** Opens another case in its own form (a linked case, double-clicked); the main window sets it. */
    private java.util.function.LongConsumer opener = id -> {};

    public OpenCase(Session session, TaskExecutor executor, CaseFormDialogs dialogs, TaskType type) {
        this.session = session;
        this.executor = executor;
        this.dialogs = dialogs;
        this.type = type;
    }

    public void setOpener(java.util.function.LongConsumer value) {
        opener = value;
    }

    /** Opens case {@code caseId} in its own form, or brings that form to the front. */
    public void openOther(long caseId) {
        opener.accept(caseId);
    }

    public Session session() {
        return session;
    }

    public TaskExecutor executor() {
        return executor;
    }

    public CaseFormDialogs dialogs() {
        return dialogs;
    }

    /** The case's type as of its catalog version (for a new case, the current catalog's). */
    public TaskType type() {
        return type;
    }

    public ReadOnlyObjectProperty<CaseDetails> detailsProperty() {
        return details.getReadOnlyProperty();
    }

    public CaseDetails details() {
        return details.get();
    }

    /** The case number, or null while the case is new and unsaved. */
    public ObjectProperty<Long> idProperty() {
        return id;
    }

    /** What went wrong with the last action, in Japanese; empty when it went well. */
    public StringProperty messageProperty() {
        return message;
    }

    /** A short word that the last step went through (確認依頼しました); empty when there is none to show. */
    public StringProperty noticeProperty() {
        return notice;
    }

    public boolean isNew() {
        return id.get() == null;
    }

    // Commands

    /** Reads the case again. */
    public void reload() {
        long caseId = id.get();
        executor.run(
                Messages.format("task.loadCase", Long.toString(caseId)),
                () -> session.cases().details(session.user(), caseId),
                details::set,
                this::fail);
    }

    /** Runs a change to the case; on success reloads it and tells the other screens, on failure says why. */
    public void change(String name, Callable<?> work) {
        change(name, work, "");
    }

    /** Runs a change as {@link #change(String, Callable)} does, and says {@code done} once it went through. */
    public void change(String name, Callable<?> work, String done) {
        message.set("");
        notice.set("");
        executor.run(
                name,
                work,
                result -> {
                    notice.set(done);
                    session.watcher().changedHere();
                    reload();
                },
                this::fail);
    }

    void setDetails(CaseDetails d) {
        details.set(d);
    }

    /** Shows what went wrong; a lost race also reloads, so the form never keeps acting on a stale version. */
    public void fail(Throwable error) {
        notice.set("");
        message.set(ErrorText.of(error));
        if (error instanceof ConflictException && !isNew()) {
            message.set(Messages.get("form.raceLost"));
            reload();
        }
    }
}
