package jp.shomu.ledger.ui.fx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.TableView;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javax.imageio.ImageIO;
import jp.shomu.ledger.domain.tables.Counts;
import jp.shomu.ledger.service.tables.MeterService;
import jp.shomu.ledger.testing.LedgerFixture;
import jp.shomu.ledger.ui.tables.MeterRow;
import org.junit.jupiter.api.Test;

/**
 * The table screens open from the navigation instead of the cases list: the grid is typed into from the keyboard,
 * the totals follow, the month-end case opens in a tab and the cases list stays reachable. With
 * -Dtables.screens=DIR the screens are saved there at 1366×768 (docs/screenshots/table-*.png).
 */
class TableScreensUiTest extends WorkbenchUiTest {
    static final YearMonth MARCH = YearMonth.of(2027, 3); // the clock is 2027-04-12: the screen opens on March

    @Override
    void prepare(LedgerFixture f) {
        MeterService meters = new MeterService(f.ctx);
        meters.addMachine(f.op1, "MFP-001", "総務課", "1.5", "12.3", new Counts(10_000, 2_000));
        meters.addMachine(f.op1, "MFP-002", "人事課", "2", "15", Counts.ZERO);
        meters.addMachine(f.op1, "MFP-003", "総務課", "1.5", "12.3", Counts.ZERO);
        meters.read(f.op1, "MFP-001", MARCH, new Counts(12_345, 2_100), false);
        meters.read(f.op1, "MFP-003", MARCH, new Counts(101, 1), false);
    }

    private void open(String code) {
        var nav = workbench.viewModel().navigation();
        interact(() -> nav.selectedProperty().set(nav.type(code)));
        settle();
    }

    @Test
    void theMeterGridIsTypedIntoAndTotalsTheMonth() throws Exception {
        open("6-2");
        TableView<MeterRow> grid = lookup("#meter-grid").query();
        waitUntil(() -> grid.getItems().size() == 4);
        assertTrue(text("#table-month").contains("2027-03"), text("#table-month"));
        assertEquals("4,910", grid.getItems().get(3).charge(), "総務課 4,747 + 163 before MFP-002 is read");

        // MFP-002, 今回モノクロ: Enter edits, Enter records and moves to カラー
        interact(() -> {
            grid.requestFocus();
            grid.getSelectionModel().clearAndSelect(1, grid.getColumns().get(4));
            grid.getFocusModel().focus(1, grid.getColumns().get(4));
        });
        type(KeyCode.ENTER);
        write("1000");
        type(KeyCode.ENTER);
        settle();
        assertTrue(text("#table-status").contains("両方を入力"), text("#table-status"));
        type(KeyCode.ENTER);
        write("10");
        type(KeyCode.ENTER);
        waitUntil(() -> "2,150".equals(grid.getItems().get(1).charge()));
        assertEquals("7,060", grid.getItems().get(3).charge(), "the totals line follows");
        TableView<?> split = lookup("#meter-departments").query();
        assertEquals(2, split.getItems().size());
        screenshot("table-6-2.png");

        // a lower reading is refused with the machine, the month and the last reading
        interact(() -> {
            grid.getSelectionModel().clearAndSelect(0, grid.getColumns().get(4));
            grid.getFocusModel().focus(0, grid.getColumns().get(4));
        });
        type(KeyCode.ENTER);
        write("9000");
        type(KeyCode.ENTER);
        waitUntil(() -> text("#table-status").contains("MFP-001"));
        assertTrue(text("#table-status").contains("設置時のカウンター"), text("#table-status"));
        assertEquals("12,345", grid.getItems().get(0).mono(), "the reading shown is the one kept");

        // the month-end case opens in a tab of its own, and is the same case the second time
        click("#table-month-end-case");
        waitUntil(() -> workbench.viewModel().forms().size() == 1);
        assertTrue(text("#table-status").contains("(2027-03)"), text("#table-status"));

        // the cases list is still there, and the way back
        javafx.scene.control.TabPane tabs = lookup("#tabs").query();
        interact(() -> tabs.getSelectionModel().select(0));
        settle();
        click("#table-cases");
        assertTrue(lookup("#table-back").tryQuery().isPresent());
        click("#table-back");
        assertTrue(lookup("#meter-grid").tryQuery().isPresent());
    }

    private void screenshot(String name) throws Exception {
        String dir = System.getProperty("tables.screens");
        if (dir == null) {
            return;
        }
        interact(() -> {
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(1366);
            stage.setHeight(768);
        });
        settle();
        AtomicReference<WritableImage> image = new AtomicReference<>();
        interact(() -> image.set(stage.getScene().snapshot(null)));
        WritableImage img = image.get();
        BufferedImage out = new BufferedImage((int) img.getWidth(), (int) img.getHeight(), BufferedImage.TYPE_INT_RGB);
        PixelReader r = img.getPixelReader();
        for (int y = 0; y < out.getHeight(); y++) {
            for (int x = 0; x < out.getWidth(); x++) {
                out.setRGB(x, y, r.getArgb(x, y));
            }
        }
        Files.createDirectories(Path.of(dir));
        ImageIO.write(out, "png", Path.of(dir).resolve(name).toFile());
    }
}
