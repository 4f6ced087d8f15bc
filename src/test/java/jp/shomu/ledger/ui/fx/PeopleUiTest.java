package jp.shomu.ledger.ui.fx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.LineChart;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import jp.shomu.ledger.service.people.PeopleRosterService;
import jp.shomu.ledger.service.people.RosterLine;
import jp.shomu.ledger.testing.LedgerFixture;
import org.junit.jupiter.api.Test;

/**
 * The 人員・業務量 tab as the manager uses it: the roster (add a person, switch one off after confirming, the warning
 * for a 特定個人情報 handler without training) and the forecast (a chart of twelve months). With -Dpeople.screens=DIR
 * the window is saved as PNG there at 1440×900 and 1366×768 (docs/screenshots/roster*.png, forecast*.png).
 */
class PeopleUiTest extends WorkbenchUiTest {
    @Override
    String login() {
        return "manager";
    }

    @Override
    void prepare(LedgerFixture f) {
        PeopleRosterService people = new PeopleRosterService(f.ctx);
        LocalDate april = LocalDate.of(2027, 4, 1);
        people.setTerms(f.manager, "op1", april, april, null, 7.75, 5, Set.of("2-1", "2-2"), true, null);
        people.setTerms(f.manager, "op2", april, april, LocalDate.of(2028, 3, 31), 6, 4, Set.of("2-5"), true, null);
        people.addTraining(f.manager, "op2", "特定個人情報の取扱い研修", LocalDate.of(2027, 4, 2));
        people.badge(f.manager, "op2", "C-0102", "ISSUED", april, null);
        people.setTerms(f.manager, "leader", april, april, null, 7.75, 5, Set.of(), false, null);
        people.badge(f.manager, "leader", "C-0201", "ISSUED", april, null);
    }

    private TableView<RosterLine> openRoster() {
        click("#open-people");
        TableView<RosterLine> table = lookup("#roster-table").query();
        waitUntil(() -> table.getItems().size() == 5);
        return table;
    }

    @Test
    void aManagerAddsAPersonAndSwitchesThemOffAfterConfirming() throws Exception {
        TableView<RosterLine> table = openRoster();
        Label warning = lookup("#roster-warning").query();
        assertTrue(warning.isVisible() && warning.getText().contains("見本 一郎"), warning.getText());
        assertFalse(warning.getText().contains("架空 花子"), "op2 has had the training");
        interact(() -> table.getSelectionModel().select(1));
        settle();
        screenshot("roster.png", 1440, 900);
        screenshot("roster-1366x768.png", 1366, 768);

        type("#roster-new-login", "op3");
        type("#roster-new-employee-no", "9000103");
        type("#roster-new-name", "仮名 三郎");
        type("#roster-new-team", "福利厚生");
        click("#roster-add");
        waitUntil(() -> table.getItems().size() == 6);
        RosterLine added = table.getItems().stream()
                .filter(l -> l.staff().login().equals("op3"))
                .findFirst()
                .orElseThrow();
        assertTrue(added.staff().active());

        interact(() -> table.getSelectionModel().select(added));
        settle();
        click("#roster-deactivate");
        answer(ButtonBar.ButtonData.YES);
        waitUntil(() -> table.getItems().stream()
                .anyMatch(l -> l.staff().login().equals("op3") && !l.staff().active()));
        assertTrue(text("#roster-status").contains("利用停止"), text("#roster-status"));
        assertEquals("op3", table.getSelectionModel().getSelectedItem().staff().login(), "the row stays selected");
    }

    @Test
    void cancellingTheConfirmationKeepsThePersonActive() {
        TableView<RosterLine> table = openRoster();
        RosterLine op2 = table.getItems().stream()
                .filter(l -> l.staff().login().equals("op2"))
                .findFirst()
                .orElseThrow();
        interact(() -> table.getSelectionModel().select(op2));
        settle();
        click("#roster-deactivate");
        answer(ButtonBar.ButtonData.NO);
        assertTrue(ledger.ctx.whoIs("op2").active());
    }

    @Test
    void theForecastChartsTwelveMonthsOfDemandAgainstCapacity() throws Exception {
        openRoster();
        TabPane tabs = lookup("#people-tabs").query();
        interact(() -> tabs.getSelectionModel().select(1));
        BarChart<String, Number> demand = lookup("#forecast-demand-chart").query();
        waitUntil(() -> demand.getData().size() == 2);
        assertEquals(12, demand.getData().get(0).getData().size());
        assertEquals(12, demand.getData().get(1).getData().size());
        assertEquals("4月", demand.getData().get(0).getData().get(0).getXValue());
        assertTrue(demand.getData().get(0).getData().get(0).getYValue().doubleValue() > 0);
        LineChart<String, Number> plan = lookup("#forecast-plan-chart").query();
        assertEquals(12, plan.getData().get(1).getData().size());
        TableView<?> table = lookup("#forecast-table").query();
        assertEquals(7 + 4, table.getItems().size());
        assertTrue(text("#forecast-basis").contains("名簿の勤務条件 3人"), text("#forecast-basis"));
        screenshot("forecast.png", 1440, 900);
        screenshot("forecast-1366x768.png", 1366, 768);
    }

    @Test
    void aSeasonalItemIsSetUpFromItsTab() throws Exception {
        openRoster();
        TabPane tabs = lookup("#people-tabs").query();
        interact(() -> tabs.getSelectionModel().select(2));
        TableView<jp.shomu.ledger.service.seasonal.SeasonalService.Line> items =
                lookup("#seasonal-table").query();
        waitUntil(() -> items.getItems().size() == 7);
        interact(() -> items.getSelectionModel().select(2));
        settle();
        assertEquals("BONUS", items.getSelectionModel().getSelectedItem().item().key());
        type("#seasonal-count", "2");
        click("#seasonal-save");
        waitUntil(() -> text("#seasonal-status").contains("期末・勤勉手当"));
        assertTrue(items.getItems().get(2).saved());
        assertEquals(2, items.getItems().get(2).setup().count());
        assertEquals(2, items.getSelectionModel().getSelectedIndex(), "the saved item stays selected");
        screenshot("seasonal-setup.png", 1366, 768);
    }

    /** Answers the confirmation in front with its はい (YES) or いいえ (NO) button. */
    private void answer(ButtonBar.ButtonData data) {
        DialogPane pane = lookup(".dialog-pane").query();
        pressDialogButton(pane.getButtonTypes().stream()
                .filter(b -> b.getButtonData() == data)
                .findFirst()
                .orElseThrow());
    }

    private void screenshot(String name, int width, int height) throws Exception {
        String dir = System.getProperty("people.screens");
        if (dir != null) {
            WindowPicture.save(
                    this, stage, width, height, this::settle, Path.of(dir).resolve(name));
        }
    }
}
