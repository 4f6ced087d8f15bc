package jp.shomu.ledger.ui.fx;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import jp.shomu.ledger.domain.cases.CaseListEntry;
import jp.shomu.ledger.domain.cases.CaseQuery;
import jp.shomu.ledger.domain.cases.CaseStatus;
import jp.shomu.ledger.service.LedgerContext;
import jp.shomu.ledger.service.cases.CaseBoardService;
import jp.shomu.ledger.service.cases.CaseService;
import jp.shomu.ledger.service.workplace.DraftStore;
import jp.shomu.ledger.service.workplace.SignIn;
import jp.shomu.ledger.ui.Workbench;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Not a test: takes the README's screenshots from real windows (run under Xvfb with GTK, not Monocle) on a copy
 * of the sample ledger, capturing the X screen with ImageMagick's import. See docs/screenshots/README.md.
 */
@EnabledIfSystemProperty(named = "shomu.screenshots", matches = ".+")
class ScreenshotTour extends FxRobot {
    @TempDir
    Path dir;

    private Workbench workbench;
    private LedgerContext otherPc;

    @Test
    void takeScreenshots() throws Exception {
        Path out = Path.of(System.getProperty("shomu.screenshots"));
        Files.createDirectories(out);
        Path ledger = Files.createDirectories(dir.resolve("sample-data")).resolve("sample-ledger.db");
        Files.copy(Path.of(System.getProperty("shomu.sampleLedger", "sample-data/sample-ledger.db")), ledger);
        Clock clock = Clock.systemDefaultZone();
        FxToolkit.registerPrimaryStage();
        Stage stage = FxToolkit.registerStage(Stage::new);
        LedgerContext ctx = LedgerContext.open(ledger, clock);
        otherPc = LedgerContext.open(ledger, clock);
        SignIn.Result signIn = SignIn.of(ctx, "demo-leader1");
        interact(() -> {
            workbench = Workbench.open(
                    stage,
                    ctx,
                    signIn.user().orElseThrow(),
                    signIn.roster(),
                    true,
                    Duration.ofSeconds(1),
                    new DraftStore(dir.resolve("drafts")));
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(1440);
            stage.setHeight(900);
        });
        settle();

        clickOn("すべての案件");
        settle();
        shoot(out, "main-window.png");

        var leader = signIn.user().orElseThrow();
        CaseBoardService board = new CaseBoardService(otherPc);
        long working = first(board, leader, "2-2", CaseStatus.IN_PROGRESS);
        open(working);
        shoot(out, "case-form.png");
        closeForm();

        long toCheck = board.awaitingCheckBy(leader, 100).stream()
                .filter(e -> e.typeCode().equals("2-2"))
                .findFirst()
                .orElseThrow()
                .id();
        open(toCheck);
        clickOn("チェックリスト");
        settle();
        shoot(out, "checklist.png");
        clickOn("#action-check");
        settle();
        clickOn("#check-send-back");
        clickOn(lookup("#check-categories .check-box").queryAs(CheckBox.class));
        clickOn("#check-comment");
        write("月額の計算根拠を確認してください");
        settle();
        shoot(out, "double-check.png");
        press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        settle();
        closeForm();

        long edited = first(board, leader, "2-2", CaseStatus.RECEIVED);
        open(edited);
        TextInputControl amount = lookup("#field-monthlyAmount").query();
        interact(() -> amount.setText("13,000"));
        var op = SignIn.of(otherPc, "demo-op04").user().orElseThrow();
        var current = new CaseService(otherPc).details(op, edited).caseFile();
        new CaseService(otherPc)
                .update(
                        op,
                        edited,
                        current.version(),
                        current.subject() + "(経路変更)",
                        Map.of("monthlyAmount", "15000", "transport", "バス"));
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> !((javafx.scene.control.Label) lookup("#case-banner").query())
                        .getText()
                        .isEmpty());
        settle();
        shoot(out, "changed-banner.png");
        press(KeyCode.CONTROL).press(KeyCode.S).release(KeyCode.S).release(KeyCode.CONTROL);
        settle();
        shoot(out, "conflict-dialog.png");
        press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        settle();
        interact(stage::close);
        otherPc.close();
    }

    private static long first(
            CaseBoardService board, jp.shomu.ledger.domain.staff.StaffMember who, String type, CaseStatus status) {
        return board.list(who, CaseQuery.all().withType(type).withStatuses(EnumSet.of(status))).stream()
                .mapToLong(CaseListEntry::id)
                .min()
                .orElseThrow();
    }

    private void open(long id) {
        interact(() -> workbench.viewModel().open(id));
        settle();
    }

    private void closeForm() {
        interact(() -> workbench.viewModel().forms().clear());
        settle();
    }

    private void settle() {
        try {
            do {
                WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, workbench::isIdle);
                WaitForAsyncUtils.waitForFxEvents();
            } while (!workbench.isIdle());
            Thread.sleep(400);
        } catch (java.util.concurrent.TimeoutException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void shoot(Path out, String name) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(
                        "import", "-window", "root", out.resolve(name).toString())
                .inheritIO()
                .start();
        if (p.waitFor() != 0) {
            throw new IOException("import failed for " + name);
        }
    }
}
