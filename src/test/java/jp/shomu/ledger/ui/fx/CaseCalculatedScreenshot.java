package jp.shomu.ledger.ui.fx;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javafx.scene.control.ScrollPane;
import jp.shomu.ledger.domain.cases.LinkKind;
import jp.shomu.ledger.service.cases.CaseLinkService;
import jp.shomu.ledger.testing.LedgerFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Not a test: docs/screenshots/case-calculated.png (1366×768), a 6-2 copier reading whose 使用枚数 and 使用料 are
 * worked out as the reading is typed, linked to last month's reading and to the 4-1 payment of the invoice. Runs only
 * with {@code -Dshomu.caseShots=DIR -Dheadless.geometry=1366x768-32}.
 */
@EnabledIfSystemProperty(named = "shomu.caseShots", matches = ".+")
class CaseCalculatedScreenshot extends WorkbenchUiTest {
    private long reading;

    @Override
    void prepare(LedgerFixture fixture) {
        Map<String, String> machine =
                Map.of("caseKind", "月次検針", "deviceNo", "MFP-0123", "location", "市民課", "requesterDept", "市民課");
        long march = reading(fixture, "複合機 検針 MFP-0123 令和9年3月分", machine, "2027-03-31", "118400", "120250");
        reading = reading(fixture, "複合機 検針 MFP-0123 令和9年4月分", machine, "2027-04-12", "120250", "");
        long invoice = fixture.cases()
                .create(
                        fixture.op1,
                        "4-1",
                        "複合機使用料 令和9年4月分(見本事務機)",
                        Map.of("creditor", "見本事務機株式会社", "expenseKind", "複合機"));
        CaseLinkService links = new CaseLinkService(fixture.ctx);
        links.link(fixture.op1, reading, march, LinkKind.RELATED);
        links.link(fixture.op1, reading, invoice, LinkKind.PARENT);
    }

    private static long reading(
            LedgerFixture fixture, String subject, Map<String, String> machine, String on, String prev, String curr) {
        Map<String, String> values = new java.util.HashMap<>(machine);
        values.putAll(Map.of(
                "readingDate", on,
                "prevMono", prev,
                "currMono", curr,
                "prevColor", "8120",
                "currColor", "8433",
                "monoUnitPrice", "1",
                "colorUnitPrice", "12",
                "baseFee", "3300"));
        return fixture.cases().create(fixture.op1, "6-2", subject, values);
    }

    @Test
    void takeScreenshot() throws Exception {
        Path out = Files.createDirectories(Path.of(System.getProperty("shomu.caseShots")));
        interact(() -> {
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(1366);
            stage.setHeight(768);
        });
        interact(() -> workbench.viewModel().open(reading));
        settle();
        // typed now (not saved): 使用枚数 and 使用料 follow at once
        javafx.scene.control.TextField current = lookup("#field-currMono").query();
        interact(() -> current.setText("121985"));
        ScrollPane form = lookup(".fields-scroll").query();
        interact(() -> form.setVvalue(1.0));
        settle();
        SceneImage.save(this, stage.getScene(), out.resolve("case-calculated.png"));
    }
}
