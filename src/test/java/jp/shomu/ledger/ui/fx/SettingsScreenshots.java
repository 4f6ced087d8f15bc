package jp.shomu.ledger.ui.fx;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TabPane;
import jp.shomu.ledger.domain.changes.ChangeKind;
import jp.shomu.ledger.domain.sla.SlaItem;
import jp.shomu.ledger.domain.sla.SlaMetric;
import jp.shomu.ledger.service.settings.ChangeService;
import jp.shomu.ledger.service.settings.SlaTargetService;
import jp.shomu.ledger.store.settings.CatalogJson;
import jp.shomu.ledger.testing.LedgerFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Not a test: the settings screens' screenshots (docs/screenshots/settings-*.png) at 1366×768 and 1600×1000, on the
 * fixture ledger with an SLA proposal and a catalog proposal waiting and a holiday added. Run with
 * {@code -Dtest=SettingsScreenshots -Dshomu.settingsShots=DIR}.
 */
@EnabledIfSystemProperty(named = "shomu.settingsShots", matches = ".+")
class SettingsScreenshots extends WorkbenchUiTest {
    @Override
    String login() {
        return "manager";
    }

    @Override
    void prepare(LedgerFixture f) {
        for (String day : List.of("2027-04-05", "2027-04-08", "2027-04-09", "2027-04-12", "2027-04-12")) {
            f.allowanceCaseFrom(f.op1, day);
        }
        new SlaTargetService(f.ctx)
                .propose(
                        f.leader,
                        YearMonth.of(2027, 5),
                        List.of(
                                new SlaItem(SlaMetric.ON_TIME_RATE, null, BigDecimal.valueOf(98)),
                                new SlaItem(SlaMetric.ACCURACY, null, BigDecimal.valueOf(99)),
                                new SlaItem(SlaMetric.DOUBLE_CHECK_RATE, null, BigDecimal.valueOf(100)),
                                new SlaItem(SlaMetric.ERROR_COUNT, "誤り件数", BigDecimal.ZERO),
                                new SlaItem(SlaMetric.OVERDUE_COUNT, null, BigDecimal.valueOf(2))),
                        "期限内処理率の目標を実績に合わせ、期限超過を月2件まで認める");
        try {
            ObjectMapper json = new ObjectMapper();
            ObjectNode catalog = (ObjectNode) json.readTree(CatalogJson.toJson(f.ctx.catalog()));
            for (var t : catalog.withArray("taskTypes")) {
                if (t.path("code").asText().equals("2-2")) {
                    ((ObjectNode) t)
                            .put("standardMinutes", t.path("standardMinutes").asInt() + 10);
                    ((ObjectNode) t.path("sla"))
                            .put("days", t.path("sla").path("days").asInt() + 2);
                    ((ObjectNode) t).put("name", t.path("name").asText() + "(通勤・住居)");
                }
            }
            new ChangeService(f.ctx)
                    .propose(f.leader, ChangeKind.CATALOG, "2-2 の標準処理時間と期限を実態に合わせる", json.writeValueAsString(catalog));
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void takeScreenshots() throws Exception {
        Path out = Files.createDirectories(Path.of(System.getProperty("shomu.settingsShots")));
        click("#open-settings");
        TabPane settings = lookup("#settings").query();
        interact(() -> settings.getSelectionModel().select(2));
        settle();
        type("#holiday-date", "2027-04-14");
        type("#holiday-name", "臨時休日");
        click("#holiday-set");
        waitUntil(() -> !lookup("#due-changes").queryTableView().getItems().isEmpty());
        String[] tabs = {"sla", "catalog", "holidays"};
        for (int i = 0; i < tabs.length; i++) {
            int index = i;
            interact(() -> settings.getSelectionModel().select(index));
            for (int[] size : new int[][] {{1366, 768}, {1600, 1000}}) {
                SceneShots.resize(this, stage, size[0], size[1]);
                settle();
                WaitForAsyncUtils.sleep(400, TimeUnit.MILLISECONDS);
                WaitForAsyncUtils.waitForFxEvents();
                String name = "settings-" + tabs[i] + (size[0] == 1366 ? "-1366x768" : "") + ".png";
                SceneImage.save(this, stage.getScene(), out.resolve(name));
            }
        }
    }
}
