package jp.shomu.ledger.ui.fx;

import java.nio.file.Path;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TabPane;

/**
 * The centre tab's window tests: open it (at 1366×768 when saving screenshots), pick an inner tab, answer a
 * confirmation, wait for the status line; with -Dcentre.screens=DIR the window is saved as PNG there.
 */
abstract class CentreWindowTest extends WorkbenchUiTest {
    @Override
    String login() {
        return "leader";
    }

    void waitForStatus(String part) {
        try {
            waitUntil(() -> text("#centre-status").contains(part));
        } catch (AssertionError e) {
            throw new AssertionError("status: " + text("#centre-status"), e);
        }
    }

    /**
     * Opens the centre tab; when saving screenshots, in a 1366×768 window (run with
     * -Dheadless.geometry=1440x900-32: Monocle's default screen is narrower).
     */
    void openCentreAt1366() {
        if (System.getProperty("centre.screens") == null) {
            click("#open-centre");
            return;
        }
        interact(() -> {
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(1366);
            stage.setHeight(768);
        });
        click("#open-centre");
    }

    void selectTab(int index) {
        TabPane tabs = lookup("#centre-tabs").query();
        interact(() -> tabs.getSelectionModel().select(index));
        settle();
    }

    /** Answers the confirmation in front with はい or いいえ. */
    void answer(ButtonBar.ButtonData data) {
        waitUntil(() -> lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane pane = lookup(".dialog-pane").query();
        ButtonType type = pane.getButtonTypes().stream()
                .filter(b -> b.getButtonData() == data)
                .findFirst()
                .orElseThrow();
        clickOn(pane.lookupButton(type));
        settle();
    }

    void screenshot(String name) throws Exception {
        String dir = System.getProperty("centre.screens");
        if (dir != null) {
            WindowPicture.write(this, stage, Path.of(dir).resolve(name));
        }
    }
}
