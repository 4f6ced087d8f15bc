package jp.shomu.ledger.ui;

import java.time.Duration;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.stage.Stage;
import jp.shomu.ledger.domain.staff.StaffMember;
import jp.shomu.ledger.service.LedgerContext;
import jp.shomu.ledger.service.workplace.DraftStore;
import jp.shomu.ledger.service.workplace.UserSettings;
import jp.shomu.ledger.ui.common.FxTaskExecutor;
import jp.shomu.ledger.ui.common.LedgerWatcher;
import jp.shomu.ledger.ui.common.Session;
import jp.shomu.ledger.ui.main.FxMainDialogs;
import jp.shomu.ledger.ui.main.MainViewModel;
import jp.shomu.ledger.ui.main.MainWindow;

/**
 * The running workbench for one person on one open ledger: wires the session, the background executor, the
 * dialogs and the watcher to the main window, and closes them all with the window.
 */
public final class Workbench implements AutoCloseable {
    /** How often other PCs' saves are looked for. */
    public static final Duration POLL = Duration.ofSeconds(2);

    private final LedgerContext ctx;
    private final FxTaskExecutor executor = new FxTaskExecutor();
    private final LedgerWatcher watcher;
    private final MainViewModel viewModel;

    private Workbench(
            Stage stage,
            LedgerContext ctx,
            StaffMember user,
            List<StaffMember> roster,
            boolean demo,
            Duration poll,
            DraftStore drafts,
            UserSettings settings) {
        this.ctx = ctx;
        this.watcher = new LedgerWatcher(ctx, poll, Platform::runLater);
        FxMainDialogs dialogs = new FxMainDialogs();
        dialogs.setOwner(stage);
        dialogs.setSettings(settings);
        Session session = new Session(ctx, watcher, user, roster, demo, drafts);
        this.viewModel = new MainViewModel(session, executor, dialogs);
        new MainWindow(viewModel, executor.busyProperty(), settings).show(stage);
        stage.setOnHidden(e -> close());
        watcher.start();
    }

    /**
     * Shows the workbench in {@code stage}; it owns {@code ctx} from now on and closes it with the window.
     * {@code drafts} is where unsaved input is kept on this PC ({@link DraftStore#forCurrentUser()} in the app).
     */
    public static Workbench open(
            Stage stage,
            LedgerContext ctx,
            StaffMember user,
            List<StaffMember> roster,
            boolean demo,
            Duration poll,
            DraftStore drafts) {
        return open(
                stage,
                ctx,
                user,
                roster,
                demo,
                poll,
                drafts,
                new UserSettings(drafts.folder().resolveSibling(UserSettings.FILE_NAME)));
    }

    /** As above, with the person's settings (the navigation's width, the last folder saved to). */
    public static Workbench open(
            Stage stage,
            LedgerContext ctx,
            StaffMember user,
            List<StaffMember> roster,
            boolean demo,
            Duration poll,
            DraftStore drafts,
            UserSettings settings) {
        return new Workbench(stage, ctx, user, roster, demo, poll, drafts, settings);
    }

    public MainViewModel viewModel() {
        return viewModel;
    }

    /** True when no ledger work is running or waiting to show its result. */
    public boolean isIdle() {
        return executor.isIdle();
    }

    /** True while ledger work is running (the status bar's indicator); changes on the UI thread. */
    public ReadOnlyBooleanProperty busyProperty() {
        return executor.busyProperty();
    }

    @Override
    public void close() {
        watcher.close();
        executor.close();
        ctx.close();
    }
}
