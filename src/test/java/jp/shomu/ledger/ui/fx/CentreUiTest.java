package jp.shomu.ledger.ui.fx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import jp.shomu.ledger.domain.centre.IncidentKind;
import jp.shomu.ledger.service.centre.IncidentService;
import jp.shomu.ledger.testing.LedgerFixture;
import org.junit.jupiter.api.Test;

/**
 * A leader sees a personal-information incident flagged above the work until it is reported to the city, and keeps
 * incidents, improvements, meetings and deliverables in the センター業務 tab. With -Dcentre.screens=DIR the window is
 * also saved as PNG there (docs/CENTRE.md).
 */
class CentreUiTest extends WorkbenchUiTest {
    @Override
    String login() {
        return "leader";
    }

    @Override
    void prepare(LedgerFixture fixture) {
        new IncidentService(fixture.ctx)
                .add(
                        fixture.op1,
                        IncidentKind.PERSONAL_INFORMATION,
                        LocalDateTime.of(2027, 4, 12, 9, 30),
                        "証明書の誤送付(1件)",
                        false);
        new IncidentService(fixture.ctx)
                .add(fixture.op1, IncidentKind.POWER_OUTAGE, LocalDateTime.of(2027, 4, 9, 14, 0), "計画停電(1時間)", false);
    }

    @Test
    void thePersonalInformationFlagStaysUntilReportedAndTheTabsKeepTheRecords() throws Exception {
        Label flag = lookup("#centre-personal-alert").query();
        waitUntil(() -> flag.isVisible());
        assertTrue(flag.getText().contains("個人情報に関わる事案 1件が市へ未報告"), flag.getText());
        Label due = lookup("#centre-due-alert").query();
        assertTrue(due.isVisible(), "the contract's first deliverables are overdue in the fixture");
        click("#open-centre");
        TableView<?> incidents = lookup("#centre-incidents").query();
        waitUntil(() -> incidents.getItems().size() == 2);
        screenshot("centre-incidents.png");

        interact(() -> incidents.getSelectionModel().select(0));
        click("#centre-report-incident");
        waitUntil(() -> !flag.isVisible());
        assertTrue(text("#centre-status").contains("市へ報告済にしました"), text("#centre-status"));

        TabPane tabs = lookup("#centre-tabs").query();
        interact(() -> tabs.getSelectionModel().select(3));
        settle();
        TableView<?> deliverables = lookup("#centre-deliverables").query();
        waitUntil(() -> !deliverables.getItems().isEmpty());
        interact(() -> deliverables.getSelectionModel().select(0));
        settle();
        screenshot("centre-deliverables.png");
        assertFalse(deliverables.getItems().isEmpty());
        assertEquals("leader", workbench.viewModel().session().user().login());
    }

    private void screenshot(String name) throws Exception {
        String dir = System.getProperty("centre.screens");
        if (dir == null) {
            return;
        }
        AtomicReference<WritableImage> image = new AtomicReference<>();
        interact(() -> image.set(stage.getScene().getRoot().snapshot(null, null)));
        WritableImage img = image.get();
        BufferedImage out = new BufferedImage((int) img.getWidth(), (int) img.getHeight(), BufferedImage.TYPE_INT_ARGB);
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
