package jp.shomu.ledger.ui.fx;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import jp.shomu.ledger.domain.staff.StaffMember;
import jp.shomu.ledger.service.LedgerContext;
import jp.shomu.ledger.service.workplace.DraftStore;
import jp.shomu.ledger.service.workplace.SignIn;
import jp.shomu.ledger.testing.LedgerFixture;
import jp.shomu.ledger.ui.Workbench;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Runs the real workbench window (headless under Monocle in the build) on a fresh fixture ledger, as one person,
 * with the sample ledger's demo switcher on so a test can act as a second person. Waits on the workbench's own
 * background work rather than on fixed sleeps.
 */
abstract class WorkbenchUiTest extends FxRobot {
    /** The ledger's folder, as the share would be. */
    @TempDir
    Path dir;
    /** The person's own profile on this PC, apart from the share: the drafts go here. */
    @TempDir
    Path profile;

    LedgerFixture ledger;
    DraftStore drafts;
    Workbench workbench;
    Stage stage;

    /** The login the window starts as. */
    String login() {
        return "op1";
    }

    /** The window's clock: the fixture's day unless a test works later in the contract. */
    java.time.Clock clock() {
        return LedgerFixture.CLOCK;
    }

    /** Cases to put in the ledger before the window opens. */
    void prepare(LedgerFixture fixture) {}

    @BeforeAll
    static void startToolkit() throws java.util.concurrent.TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void openWorkbench() throws java.util.concurrent.TimeoutException {
        stage = FxToolkit.registerStage(Stage::new);
        ledger = LedgerFixture.in(dir);
        prepare(ledger);
        drafts = new DraftStore(profile.resolve("drafts"));
        LedgerContext ctx = LedgerContext.open(ledger.file, clock());
        SignIn.Result signIn = SignIn.of(ctx, login());
        interact(() -> workbench = Workbench.open(
                stage, ctx, signIn.user().orElseThrow(), signIn.roster(), true, Duration.ofMillis(300), drafts));
        settle();
    }

    @AfterEach
    void closeWorkbench() throws Exception {
        FxToolkit.cleanupStages();
        workbench.close();
        ledger.close();
    }

    /** Waits until the workbench's background work and what it started on the screen are done. */
    void settle() {
        do {
            try {
                WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, workbench::isIdle);
            } catch (java.util.concurrent.TimeoutException e) {
                throw new AssertionError("the workbench stayed busy", e);
            }
            WaitForAsyncUtils.waitForFxEvents();
        } while (!workbench.isIdle());
    }

    void waitUntil(java.util.concurrent.Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("condition not met in time", e);
        }
        settle();
    }

    void click(String query) {
        clickOn(query);
        settle();
    }

    /** Ctrl+key, as the keyboard shortcuts are pressed. */
    void shortcut(KeyCode key) {
        press(KeyCode.CONTROL).press(key).release(key).release(KeyCode.CONTROL);
        settle();
    }

    void type(String query, String text) {
        TextInputControl field = lookup(query).query();
        scrollIntoView(field);
        clickOn(field);
        interact(field::selectAll);
        write(text);
        settle();
    }

    /** A long form scrolls: brings the node into its scroll pane's view, a third of the way down. */
    void scrollIntoView(Node node) {
        for (Node p = node.getParent(); p != null; p = p.getParent()) {
            if (p instanceof javafx.scene.control.ScrollPane pane) {
                interact(() -> {
                    Node content = pane.getContent();
                    double contentHeight = content.getBoundsInLocal().getHeight();
                    double viewHeight = pane.getViewportBounds().getHeight();
                    if (contentHeight > viewHeight) {
                        double y = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()))
                                .getMinY();
                        pane.setVvalue(Math.max(0, Math.min(1, (y - viewHeight / 3) / (contentHeight - viewHeight))));
                    }
                });
                WaitForAsyncUtils.waitForFxEvents();
                return;
            }
        }
    }

    String text(String query) {
        Node n = lookup(query).query();
        return n instanceof Labeled l ? l.getText() : ((TextInputControl) n).getText();
    }

    <T> void choose(String query, T value) {
        ComboBox<T> combo = lookup(query).query();
        interact(() -> combo.setValue(value));
        settle();
    }

    /** Acts as another person through the sample ledger's demo switcher. */
    void switchTo(String login) {
        StaffMember person = workbench.viewModel().session().roster().stream()
                .filter(s -> s.login().equals(login))
                .findFirst()
                .orElseThrow();
        choose("#demo-user", person);
    }

    /** Presses a button of the dialog in front. */
    void pressDialogButton(ButtonType type) {
        DialogPane pane = lookup(".dialog-pane").query();
        Button b = (Button) pane.lookupButton(type);
        clickOn(b);
        settle();
    }

    /** Finds and opens a case through the search box: Ctrl+F, the number, Enter. */
    void openBySearch(long id) {
        shortcut(KeyCode.F);
        interact(() -> ((TextInputControl) lookup("#search").query()).setText(Long.toString(id)));
        press(KeyCode.ENTER).release(KeyCode.ENTER);
        settle();
    }
}
