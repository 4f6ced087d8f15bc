package jp.shomu.ledger.ui.fx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.YearMonth;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import jp.shomu.ledger.domain.tables.Counts;
import jp.shomu.ledger.service.tables.BudgetService;
import jp.shomu.ledger.service.tables.MeterService;
import jp.shomu.ledger.service.tables.StampService;
import jp.shomu.ledger.testing.LedgerFixture;
import jp.shomu.ledger.ui.tables.BudgetTableViewModel;
import jp.shomu.ledger.ui.tables.MeterRow;
import jp.shomu.ledger.ui.tables.StampTableViewModel;
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
        StampService stamps = new StampService(f.ctx);
        stamps.receive(f.op1, MARCH, 110, 100);
        stamps.receive(f.op1, MARCH, 85, 50);
        stamps.issue(f.op1, MARCH, "総務課", 110, 30);
        stamps.postage(f.op1, MARCH, "総務課", 12_340, 100);
        BudgetService budget = new BudgetService(f.ctx);
        budget.addLine(f.op1, 2026, "0211-01", "郵便料", "総務課", 1_200_000);
        budget.addLine(f.op1, 2026, "0211-01", "郵便料", "人事課", 300_000);
        budget.addLine(f.op1, 2026, "0211-02", "複合機使用料", "総務課", 600_000);
        budget.spend(f.op1, MARCH.minusMonths(1), "0211-01", "総務課", 1_000_000);
        budget.spend(f.op1, MARCH.minusMonths(1), "0211-02", "総務課", 520_000);
        budget.spend(f.op1, MARCH, "0211-02", "総務課", 48_000);
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

        // the case links back to its table month, which opens even when the table shows another month
        interact(() -> workbench.viewModel().tableProperty().get().nextMonth());
        waitUntil(() -> lookup("#case-table-link")
                .tryQuery()
                .map(javafx.scene.Node::isVisible)
                .orElse(false));
        assertTrue(text("#case-table-link").contains("6-2 2027-03"), text("#case-table-link"));
        click("#case-table-link");
        waitUntil(() -> text("#table-month").contains("2027-03"));
        assertTrue(lookup("#meter-grid").query().isVisible());

        // the cases list is still there, and the way back
        click("#table-cases");
        assertTrue(lookup("#table-back").tryQuery().isPresent());
        click("#table-back");
        assertTrue(lookup("#meter-grid").tryQuery().isPresent());
    }

    @Test
    @SuppressWarnings("unchecked")
    void theStampRegisterIsCountedAndTheCostSplitByDepartment() throws Exception {
        open("6-1");
        TableView<StampTableViewModel.StampRow> register = lookup("#stamp-grid").query();
        waitUntil(() -> register.getItems().size() == 3);
        assertEquals(
                "要確認",
                ((TableColumn<StampTableViewModel.StampRow, String>)
                                register.getColumns().get(8))
                        .getCellData(0),
                "not counted yet");

        // the count of 110円 typed into the grid: 69 against 70 in the book
        interact(() -> {
            register.requestFocus();
            register.getSelectionModel().clearAndSelect(0, register.getColumns().get(5));
            register.getFocusModel().focus(0, register.getColumns().get(5));
        });
        type(KeyCode.ENTER);
        write("69");
        type(KeyCode.ENTER);
        waitUntil(() -> "-1".equals(register.getItems().get(0).difference()));
        assertTrue(register.getItems().get(0).flagged());

        // stamps issued to 人事課 from the entry line (Enter records)
        type("#stamp-department", "人事課");
        type("#stamp-denomination", "110");
        type("#stamp-quantity", "10");
        type(KeyCode.ENTER);
        waitUntil(() -> register.getItems().get(0).line().balance() == 60);
        TableView<StampTableViewModel.PostageRow> cost = lookup("#postage-grid").query();
        waitUntil(() -> cost.getItems().size() == 3);
        assertEquals("1,100", cost.getItems().get(0).stamps(), "人事課: 110 × 10");

        // too many is refused, with the balance
        type("#stamp-quantity", "61");
        type(KeyCode.ENTER);
        waitUntil(() -> text("#table-status").contains("残高"));

        type("#postage-department", "会計課");
        type("#postage-amount", "5000");
        type("#postage-pieces", "40");
        type(KeyCode.ENTER);
        waitUntil(() -> cost.getItems().size() == 4);
        assertEquals("21,740", cost.getItems().get(3).total(), "1,100 + 3,300 + 12,340 + 5,000");
        type("#stamp-quantity", "");
        screenshot("table-6-1.png");
    }

    @Test
    void theBudgetMonthIsTypedIntoAndTheRateFollows() throws Exception {
        open("4-2");
        TableView<BudgetTableViewModel.BudgetRow> grid = lookup("#budget-grid").query();
        waitUntil(() -> grid.getItems().size() == 4);
        interact(() -> {
            grid.requestFocus();
            grid.getSelectionModel().clearAndSelect(0, grid.getColumns().get(5));
            grid.getFocusModel().focus(0, grid.getColumns().get(5));
        });
        type(KeyCode.ENTER);
        write("150,000");
        type(KeyCode.ENTER);
        // 1,000,000 + 150,000 of 1,200,000 = 95.8%
        waitUntil(() -> "95.8%".equals(grid.getItems().get(0).rate()));
        assertEquals(50_000, grid.getItems().get(0).line().remaining());
        assertEquals(1_718_000, grid.getItems().get(3).line().cumulative(), "the totals line");
        TableView<BudgetTableViewModel.BudgetRow> split =
                lookup("#budget-departments").query();
        assertEquals("総務課", split.getItems().get(1).line().department());
        assertEquals("95.4%", split.getItems().get(1).rate(), "(1,150,000 + 568,000) ÷ 1,800,000 = 95.44…%");
        screenshot("table-4-2.png");
    }

    private void screenshot(String name) throws Exception {
        String dir = System.getProperty("tables.screens");
        if (dir != null) {
            WindowPicture.save(
                    this, stage, 1366, 768, this::settle, Path.of(dir).resolve(name));
        }
    }
}
