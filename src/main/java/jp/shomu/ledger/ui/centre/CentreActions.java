package jp.shomu.ledger.ui.centre;

import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import jp.shomu.ledger.domain.staff.StaffMember;
import jp.shomu.ledger.service.LedgerContext;
import jp.shomu.ledger.ui.common.ErrorText;
import jp.shomu.ledger.ui.common.Messages;
import jp.shomu.ledger.ui.common.Session;
import jp.shomu.ledger.ui.common.TaskExecutor;

/**
 * What the centre tab's editors share: the session, background work, the dialogs, the status line, and what runs
 * after a save (the lists are read again and the window's warnings follow).
 */
final class CentreActions {
    final Session session;
    final TaskExecutor executor;
    final CentreDialogs dialogs;
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private Runnable afterSave = () -> {};

    CentreActions(Session session, TaskExecutor executor, CentreDialogs dialogs) {
        this.session = session;
        this.executor = executor;
        this.dialogs = dialogs;
    }

    void afterSave(Runnable r) {
        afterSave = r;
    }

    StaffMember me() {
        return session.user();
    }

    LedgerContext ctx() {
        return session.context();
    }

    ReadOnlyStringProperty status() {
        return status.getReadOnlyProperty();
    }

    void say(String message) {
        status.set(message);
    }

    void sayKey(String key) {
        status.set(Messages.get(key));
    }

    void failed(Throwable e) {
        status.set(
                e instanceof DateTimeParseException || e instanceof NumberFormatException
                        ? Messages.get("centre.badInput")
                        : ErrorText.of(e));
    }

    /** Asks before something that cannot be undone. */
    boolean confirm(String messageKey, String... args) {
        return dialogs.confirm(Messages.get("centre.confirm.title"), Messages.format(messageKey, (Object[]) args));
    }

    /** Runs a save in the background; on success shows {@code done}'s message and refreshes. */
    <T> void save(Callable<T> work, Function<T, String> done) {
        executor.run(
                Messages.get("task.centre"),
                work,
                result -> {
                    status.set(done.apply(result));
                    afterSave.run();
                },
                this::failed);
    }

    /** Reads in the background; failures go to the status line. */
    <T> void read(Callable<T> work, java.util.function.Consumer<T> then) {
        executor.run(Messages.get("task.centre"), work, then, this::failed);
    }
}
