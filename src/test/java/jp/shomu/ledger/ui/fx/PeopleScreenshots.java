package jp.shomu.ledger.ui.fx;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.chart.BarChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import jp.shomu.ledger.app.cli.CliRunner;
import jp.shomu.ledger.ui.Workbench;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Not a test: the forecast screen on the sample ledger (cases and time entries from January to April 2027), so plan
 * and actual both show (docs/screenshots/forecast-sample.png). Run with
 * {@code -Dtest=PeopleScreenshots -Dheadless.geometry=1440x900-32 -Dpeople.sampleShots=DIR}.
 */
@EnabledIfSystemProperty(named = "people.sampleShots", matches = ".+")
class PeopleScreenshots extends FxRobot {
    @TempDir
    Path dir;

    private Workbench workbench;

    @Test
    void forecastOnTheSampleLedger() throws Exception {
        Path out = Path.of(System.getProperty("people.sampleShots"));
        SampleWorkbench sample = SampleWorkbench.open(this, dir, CliRunner.FIXED, "demo-admin");
        Stage stage = sample.stage();
        workbench = sample.workbench();
        settle();
        clickOn("#open-people");
        settle();
        TabPane tabs = lookup("#people-tabs").query();
        interact(() -> tabs.getSelectionModel().select(1));
        ComboBox<Integer> year = lookup("#forecast-year").query();
        interact(() -> year.setValue(2026));
        settle();
        BarChart<?, ?> chart = lookup("#forecast-demand-chart").query();
        if (chart.getData().size() != 2) {
            throw new AssertionError("no chart");
        }
        WindowPicture.save(this, stage, 1440, 900, this::settle, out.resolve("forecast-sample.png"));
        WindowPicture.save(this, stage, 1366, 768, this::settle, out.resolve("forecast-sample-1366x768.png"));
        workbench.close();
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
}
