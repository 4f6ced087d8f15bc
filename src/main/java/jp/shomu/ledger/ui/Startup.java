package jp.shomu.ledger.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import jp.shomu.ledger.domain.staff.StaffMember;
import jp.shomu.ledger.service.LedgerContext;
import jp.shomu.ledger.service.sample.SampleLedger;
import jp.shomu.ledger.service.workplace.DraftStore;
import jp.shomu.ledger.service.workplace.LedgerLocation;
import jp.shomu.ledger.service.workplace.NewLedger;
import jp.shomu.ledger.service.workplace.SignIn;
import jp.shomu.ledger.service.workplace.UserSettings;
import jp.shomu.ledger.ui.common.ErrorText;
import jp.shomu.ledger.ui.common.FxDialogService;
import jp.shomu.ledger.ui.common.FxTaskExecutor;
import jp.shomu.ledger.ui.common.Messages;
import jp.shomu.ledger.ui.common.Theme;
import jp.shomu.ledger.ui.location.LedgerLocationView;
import jp.shomu.ledger.ui.location.LedgerLocationViewModel;
import jp.shomu.ledger.ui.login.UnknownUserView;
import jp.shomu.ledger.ui.login.UnknownUserViewModel;

/**
 * From start to the first window: picks the ledger (given, the sample, the last one used, or asked for on the
 * location screen when none is known or it is not usable), creates the sample if absent — never any other ledger
 * unless a 管理責任者 confirms "new ledger" on that screen — opens it off the UI thread, looks the login up in the roster, and
 * shows the workbench or the screen that says whom to ask.
 */
final class Startup {
    static final Path SAMPLE = Path.of("sample-data", "sample-ledger.db");
    private static final Duration CHECK_TIMEOUT = Duration.ofSeconds(5);

    private final AppLauncher.Options options;
    private final Clock clock;

    private final FxDialogService dialogs = new FxDialogService();
    private final FxTaskExecutor locationExecutor = new FxTaskExecutor();
    private Stage stage;

    Startup(AppLauncher.Options options, Clock clock) {
        this.options = options;
        this.clock = clock;
    }

    void begin(Stage primary) {
        this.stage = primary;
        dialogs.setOwner(primary);
        if (!options.sample()) {
            beginWithLocation();
            return;
        }
        Path path = SAMPLE.toAbsolutePath();
        if (!Files.exists(path)) {
            showProgress(Messages.get("startup.creatingSample"));
            background(
                    () -> {
                        createSample(path);
                        return null;
                    },
                    this::fail,
                    ignored -> open(jp.shomu.ledger.domain.ledger.LedgerLocation.of(path)));
            return;
        }
        open(jp.shomu.ledger.domain.ledger.LedgerLocation.of(path));
    }

    /** The given or remembered ledger if it is usable; otherwise the screen that asks where the ledger is. */
    private void beginWithLocation() {
        Optional<String> candidate = Optional.ofNullable(options.ledger()).or(LedgerLocation.forCurrentUser()::recall);
        if (candidate.isEmpty()) {
            showLocation(vm -> {});
            return;
        }
        String typed = candidate.get();
        showProgress(Messages.get("location.checking"));
        CompletableFuture.supplyAsync(() -> LedgerLocationViewModel.check(typed, CHECK_TIMEOUT))
                .whenComplete((check, error) -> Platform.runLater(() -> {
                    if (check != null && check.usable()) {
                        open(check.location());
                    } else if (check != null) {
                        showLocation(vm -> vm.showCheck(typed, check));
                    } else {
                        showLocation(vm -> vm.showFailure(typed, error));
                    }
                }));
    }

    private void showLocation(Consumer<LedgerLocationViewModel> prepare) {
        LedgerLocationViewModel vm = new LedgerLocationViewModel(
                new LedgerLocationViewModel.Context(
                        LedgerLocation.forCurrentUser(),
                        dialogs,
                        locationExecutor,
                        options.login(),
                        clock,
                        CHECK_TIMEOUT),
                path -> {
                    showProgress(Messages.get("location.checking"));
                    open(path);
                });
        prepare.accept(vm);
        showCentred(vm.title(), new LedgerLocationView(vm).build(stage::close));
    }

    private void createSample(Path path) {
        try {
            Files.createDirectories(path.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        NewLedger.create(path, options.login(), clock, SampleLedger::fill);
    }

    private record Opened(LedgerContext ctx, SignIn.Result signIn) {}

    private void open(jp.shomu.ledger.domain.ledger.LedgerLocation path) {
        Consumer<Throwable> unreachable =
                options.sample() ? this::fail : error -> showLocation(vm -> vm.showFailure(path.display(), error));
        background(
                () -> {
                    LedgerContext ctx = LedgerContext.open(path, clock);
                    CompletableFuture.runAsync(LedgerContext::warmUpWritePath);
                    return new Opened(ctx, SignIn.of(ctx, options.login()));
                },
                unreachable,
                opened -> {
                    Optional<StaffMember> user = opened.signIn().user();
                    if (user.isPresent()) {
                        showWorkbench(opened, user.get());
                    } else {
                        showUnknownUser(opened);
                    }
                });
    }

    private void showWorkbench(Opened opened, StaffMember user) {
        Workbench.open(
                stage,
                opened.ctx(),
                user,
                opened.signIn().roster(),
                options.sample(),
                Workbench.POLL,
                DraftStore.forCurrentUser(),
                UserSettings.forCurrentUser());
        if (!options.sample()) {
            LedgerLocation.forCurrentUser().remember(opened.ctx().location());
        }
    }

    private void showUnknownUser(Opened opened) {
        UnknownUserViewModel vm = new UnknownUserViewModel(
                options.login(), opened.ctx().location().display(), opened.signIn(), options.sample());
        showCentred(
                vm.title(),
                new UnknownUserView(vm)
                        .build(
                                () -> {
                                    opened.ctx().close();
                                    stage.close();
                                },
                                person -> showWorkbench(opened, person)));
    }

    private void showProgress(String text) {
        ProgressBar bar = new ProgressBar();
        bar.setPrefWidth(360);
        VBox box = new VBox(12, new Label(text), bar);
        box.getStyleClass().add("progress-window");
        show(Messages.get("app.title"), box, false);
    }

    /** Puts a small start-up screen in the window, sized to its content and centred. */
    private void showCentred(String title, Parent content) {
        show(title, content, true);
    }

    private void show(String title, Parent content, boolean centred) {
        Scene scene = new Scene(content);
        Theme.apply(scene);
        stage.setTitle(title);
        stage.setScene(scene);
        if (centred) {
            stage.sizeToScene();
            stage.centerOnScreen();
        }
        stage.show();
    }

    /** Runs {@code work} off the UI thread and hands the result, or what went wrong, back to it. */
    private <T> void background(Supplier<T> work, Consumer<Throwable> failed, Consumer<T> then) {
        CompletableFuture.supplyAsync(work)
                .whenComplete((result, error) -> Platform.runLater(() -> {
                    if (error == null) {
                        then.accept(result);
                        return;
                    }
                    failed.accept(error.getCause() == null ? error : error.getCause());
                }));
    }

    /** For the sample ledger: a plain-Japanese message, then the app closes. */
    private void fail(Throwable cause) {
        dialogs.showError(ErrorText.of(cause));
        Platform.exit();
    }
}
