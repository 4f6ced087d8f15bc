package jp.shomu.ledger.ui.fx;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.testfx.api.FxRobot;

/** The screenshot helpers of the desk's and the settings' screenshot runs: size the window, write the scene as PNG. */
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

    static void shoot(FxRobot robot, Scene scene, Path file) throws Exception {
        WritableImage[] img = new WritableImage[1];
        robot.interact(() -> img[0] = scene.snapshot(null));
        int w = (int) img[0].getWidth();
        int h = (int) img[0].getHeight();
        BufferedImage b = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        PixelReader r = img[0].getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                b.setRGB(x, y, r.getArgb(x, y));
            }
        }
        ImageIO.write(b, "png", file.toFile());
    }
}
