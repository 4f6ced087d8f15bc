package jp.shomu.ledger.ui.location;

import java.time.Clock;
import java.time.Duration;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import jp.shomu.ledger.service.workplace.LedgerLocation;
import jp.shomu.ledger.service.workplace.LocationCheck;
import jp.shomu.ledger.service.workplace.NewLedger;
import jp.shomu.ledger.ui.common.DialogService;
import jp.shomu.ledger.ui.common.ErrorText;
import jp.shomu.ledger.ui.common.FileKind;
import jp.shomu.ledger.ui.common.Messages;
import jp.shomu.ledger.ui.common.TaskExecutor;

/**
 * Asks where the ledger is: checks the typed or chosen path off the UI thread, remembers a usable one, offers a retry
 * for an unreachable share, and creates a ledger only when a 管理責任者 explicitly confirms "new ledger".
 */
public final class LedgerLocationViewModel {
    /** What the screen needs from outside: where to remember, how to ask, and what to do with an opened path. */
    public record Context(
            LedgerLocation location,
            DialogService dialogs,
            TaskExecutor executor,
            String login,
            Clock clock,
            Duration timeout) {}

    private final Context ctx;
    private final Consumer<jp.shomu.ledger.domain.ledger.LedgerLocation> onUsable;
    private final StringProperty pathText = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty retryOffered = new SimpleBooleanProperty(false);
    private final BooleanProperty newLedgerOffered = new SimpleBooleanProperty(false);
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private jp.shomu.ledger.domain.ledger.LedgerLocation checked;

    /** @param onUsable called with a usable (already remembered) ledger: a file or a server database */
    public LedgerLocationViewModel(Context ctx, Consumer<jp.shomu.ledger.domain.ledger.LedgerLocation> onUsable) {
        this.ctx = ctx;
        this.onUsable = onUsable;
    }

    /** Shows what an earlier check (of the remembered or given path) found. */
    public void showCheck(String typed, LocationCheck check) {
        pathText.set(typed);
        apply(check);
    }

    public void browse() {
        ctx.dialogs()
                .chooseOpenFile(Messages.get("startup.chooseLedger"), FileKind.LEDGER)
                .ifPresent(p -> {
                    pathText.set(p.toString());
                    open();
                });
    }

    /** 開く: checks the path with a timeout in the background. */
    public void open() {
        String typed = pathText.get();
        busy.set(true);
        message.set(Messages.get("location.checking"));
        retryOffered.set(false);
        newLedgerOffered.set(false);
        ctx.executor().run("location.check", () -> check(typed, ctx.timeout()), this::apply, this::failed);
    }

    public void retry() {
        open();
    }

    /** 新しい台帳を作る: only when offered, and only after the person confirms being the 管理責任者. */
    public void createNew() {
        jp.shomu.ledger.domain.ledger.LedgerLocation target = checked;
        if (!newLedgerOffered.get() || target == null) {
            return;
        }
        if (!ctx.dialogs()
                .confirm(
                        Messages.get("location.newTitle"),
                        Messages.format("location.newConfirm", target.display(), ctx.login()))) {
            return;
        }
        busy.set(true);
        ctx.executor()
                .run(
                        "location.create",
                        () -> NewLedger.create(target, ctx.login(), ctx.clock(), null),
                        this::usable,
                        this::failed);
    }

    /** Shows why opening {@code typed} failed, with 再試行. */
    public void showFailure(String typed, Throwable error) {
        pathText.set(typed);
        failed(error);
    }

    /** Checks a typed path, giving up on a silent file server after {@code timeout}. */
    public static LocationCheck check(String typed, Duration timeout) {
        return LedgerLocation.check(typed, timeout);
    }

    private void apply(LocationCheck check) {
        busy.set(false);
        message.set(check.message());
        checked = check.location();
        retryOffered.set(check.retryMayHelp());
        newLedgerOffered.set(check.newLedgerPossible());
        if (check.usable()) {
            usable(check.location());
        }
    }

    private void usable(jp.shomu.ledger.domain.ledger.LedgerLocation where) {
        busy.set(false);
        newLedgerOffered.set(false);
        ctx.location().remember(where);
        onUsable.accept(where);
    }

    private void failed(Throwable error) {
        busy.set(false);
        message.set(ErrorText.of(error));
        retryOffered.set(true);
    }

    public String title() {
        return Messages.get("location.title");
    }

    public StringProperty pathTextProperty() {
        return pathText;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty retryOfferedProperty() {
        return retryOffered;
    }

    public BooleanProperty newLedgerOfferedProperty() {
        return newLedgerOffered;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
