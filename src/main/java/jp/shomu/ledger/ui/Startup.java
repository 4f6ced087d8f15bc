package jp.shomu.ledger.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import jp.shomu.ledger.domain.staff.StaffMember;
import jp.shomu.ledger.service.LedgerContext;
import jp.shomu.ledger.service.LedgerLocation;
import jp.shomu.ledger.service.NewLedger;
import jp.shomu.ledger.service.SignIn;
import jp.shomu.ledger.ui.common.ErrorText;
import jp.shomu.ledger.ui.common.FxDialogService;
import jp.shomu.ledger.ui.common.Messages;
import jp.shomu.ledger.ui.common.Theme;
import jp.shomu.ledger.ui.login.UnknownUserView;
import jp.shomu.ledger.ui.login.UnknownUserViewModel;

/**
 * From start to the first window: picks the ledger (given, the sample, the last one used, or chosen), creates the
 * sample if absent — never any other ledger — opens it off the UI thread, looks the login up in the roster, and
 * shows the workbench or the screen that says whom to ask.
 */
final class Startup {
    static final Path SAMPLE = Path.of("sample-data", "sample-ledger.db");

    private final AppLauncher.Options options;
    private final Clock clock;
    private final FxDialogService dialogs = new FxDialogService();
    private Stage stage;

    Startup(AppLauncher.Options options, Clock clock) {
        this.options = options;
        this.clock = clock;
    }

    void begin(Stage primary) {
        this.stage = primary;
        Optional<Path> file = ledgerFile();
        if (file.isEmpty()) {
            Platform.exit();
            return;
        }
        Path path = file.get().toAbsolutePath();
        if (options.sample() && !Files.exists(path)) {
            showProgress(Messages.get("startup.creatingSample"));
            background(() -> {
                createSample(path);
                return null;
            }, ignored -> open(path));
            return;
        }
        open(path);
    }

    private Optional<Path> ledgerFile() {
        if (options.sample()) {
            return Optional.of(SAMPLE);
        }
        if (options.ledger() != null) {
            return Optional.of(options.ledger());
        }
        Optional<Path> last = LedgerLocation.forCurrentUser().recall().filter(Files::exists);
        return last.isPresent() ? last : dialogs.chooseLedgerFile();
    }

    private void createSample(Path path) {
        try {
            Files.createDirectories(path.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        NewLedger.create(path, options.login(), clock, true);
    }

    private record Opened(LedgerContext ctx, SignIn.Result signIn) {
    }

    private void open(Path path) {
        background(() -> {
            LedgerContext ctx = LedgerContext.open(path, clock);
            return new Opened(ctx, SignIn.of(ctx, options.login()));
        }, opened -> {
            Optional<StaffMember> user = opened.signIn().user();
            if (user.isPresent()) {
                showWorkbench(opened, user.get());
            } else {
                showUnknownUser(opened);
            }
        });
    }

    private void showWorkbench(Opened opened, StaffMember user) {
        Workbench.open(stage, opened.ctx(), user, opened.signIn().roster(), options.sample(), Workbench.POLL);
        if (!options.sample()) {
            LedgerLocation.forCurrentUser().remember(opened.ctx().ledger().file());
        }
    }

    private void showUnknownUser(Opened opened) {
        UnknownUserViewModel vm = new UnknownUserViewModel(options.login(), opened.ctx().ledger().file(),
                opened.signIn(), options.sample());
        Scene scene = new Scene(new UnknownUserView(vm).build(() -> {
            opened.ctx().close();
            stage.close();
        }, person -> showWorkbench(opened, person)));
        Theme.apply(scene);
        stage.setTitle(vm.title());
        stage.setScene(scene);
        stage.sizeToScene();
        stage.centerOnScreen();
        stage.show();
    }

    private void showProgress(String text) {
        ProgressBar bar = new ProgressBar();
        bar.setPrefWidth(360);
        VBox box = new VBox(12, new Label(text), bar);
        box.getStyleClass().add("progress-window");
        Scene scene = new Scene(box);
        Theme.apply(scene);
        stage.setTitle(Messages.get("app.title"));
        stage.setScene(scene);
        stage.show();
    }

    /** Runs {@code work} off the UI thread; failures end in a plain-Japanese message and the app closes. */
    private <T> void background(Supplier<T> work, Consumer<T> then) {
        CompletableFuture.supplyAsync(work).whenComplete((result, error) -> Platform.runLater(() -> {
            if (error == null) {
                then.accept(result);
                return;
            }
            Throwable cause = error.getCause() == null ? error : error.getCause();
            dialogs.showError(ErrorText.of(cause));
            Platform.exit();
        }));
    }
}
