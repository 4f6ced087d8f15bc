package jp.shomu.ledger.ui.fx;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import jp.shomu.ledger.domain.staff.StaffMember;
import jp.shomu.ledger.ui.Workbench;
import jp.shomu.ledger.ui.desk.CoverDialog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Not a test: the desk's screenshots (docs/screenshots/desk*.png), rendered headless by Monocle from the scene
 * itself, on a new sample ledger as of today. Run with {@code -Dtest=DeskScreenshots -Dshomu.deskShots=DIR}.
 */
@EnabledIfSystemProperty(named = "shomu.deskShots", matches = ".+")
class DeskScreenshots extends FxRobot {
    @TempDir
    Path dir;

    private Workbench workbench;

    @Test
    void takeScreenshots() throws Exception {
        Path out = Files.createDirectories(Path.of(System.getProperty("shomu.deskShots")));
        SampleWorkbench sample = SampleWorkbench.open(this, dir, Clock.systemDefaultZone(), "demo-leader1");
        Stage stage = sample.stage();
        workbench = sample.workbench();
        resize(stage, 1366, 768);
        shoot(stage.getScene(), out.resolve("desk-1366x768.png"));
        resize(stage, 1440, 900);
        shoot(stage.getScene(), out.resolve("desk.png"));

        clickOn("#desk-cover");
        settle();
        ComboBox<StaffMember> absent = lookup("#cover-absent").query();
        interact(() -> absent.setValue(absent.getItems().stream()
                .filter(s -> s.login().equals("demo-op01"))
                .findFirst()
                .orElseThrow()));
        clickOn("#cover-to-demo-op02");
        clickOn("#cover-to-demo-op03");
        clickOn("#cover-preview");
        settle();
        DialogPane pane = lookup(".dialog-pane").query();
        shoot(pane.getScene(), out.resolve("desk-cover-preview.png"));
        interact(() -> ((javafx.stage.Stage) pane.getScene().getWindow()).close());
        settle();
        if (pane.lookupButton(CoverDialog.APPLY) == null) {
            throw new AssertionError("no apply button");
        }
        workbench.close();
    }

    private void resize(Stage stage, int w, int h) {
        SceneShots.resize(this, stage, w, h);
        settle();
    }

    private void settle() {
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, workbench::isIdle);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError(e);
        }
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void shoot(Scene scene, Path file) {
        SceneImage.save(this, scene, file);
    }
}
