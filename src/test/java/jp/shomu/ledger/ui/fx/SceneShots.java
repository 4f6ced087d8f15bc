package jp.shomu.ledger.ui.fx;

import javafx.stage.Stage;
import org.testfx.api.FxRobot;

/** The screenshot helpers of the desk's and the settings' screenshot runs: size the window (SceneImage writes the PNG). */
final class SceneShots {
    private SceneShots() {}

    static void resize(FxRobot robot, Stage stage, int w, int h) {
        robot.interact(() -> {
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(w);
            stage.setHeight(h);
        });
    }
}
