package jp.shomu.ledger.ui.fx;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.testfx.api.FxRobot;

/** Saves a window as PNG at a given size (headless under Monocle: run with -Dheadless.geometry=1440x900-32). */
final class WindowPicture {
    private WindowPicture() {}

    /** Sizes the window; {@code settle} waits for what the resize started; then the scene is saved to {@code file}. */
    static void save(FxRobot robot, Stage stage, int width, int height, Runnable settle, Path file) throws Exception {
        robot.interact(() -> {
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(width);
            stage.setHeight(height);
        });
        settle.run();
        write(robot, stage, file);
    }

    /** Saves the window as it is now to {@code file}. */
    static void write(FxRobot robot, Stage stage, Path file) throws Exception {
        AtomicReference<WritableImage> image = new AtomicReference<>();
        robot.interact(() -> image.set(stage.getScene().getRoot().snapshot(null, null)));
        WritableImage img = image.get();
        BufferedImage out = new BufferedImage((int) img.getWidth(), (int) img.getHeight(), BufferedImage.TYPE_INT_RGB);
        PixelReader r = img.getPixelReader();
        for (int y = 0; y < out.getHeight(); y++) {
            for (int x = 0; x < out.getWidth(); x++) {
                out.setRGB(x, y, r.getArgb(x, y));
            }
        }
        Files.createDirectories(file.getParent());
        ImageIO.write(out, "png", file.toFile());
    }
}
