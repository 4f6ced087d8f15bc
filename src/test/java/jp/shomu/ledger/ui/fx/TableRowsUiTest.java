package jp.shomu.ledger.ui.fx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import jp.shomu.ledger.domain.tables.Counts;
import jp.shomu.ledger.service.tables.BudgetService;
import jp.shomu.ledger.service.tables.MeterService;
import jp.shomu.ledger.testing.LedgerFixture;
import jp.shomu.ledger.ui.tables.BudgetTableViewModel.BudgetRow;
import jp.shomu.ledger.ui.tables.MeterRow;
import org.junit.jupiter.api.Test;

/**
 * Machines and budget lines are registered from their table screens, not only from the command line: the dialog takes
 * the fields of {@code meter machine add} / {@code budget line}, Enter registers, Esc cancels, a refusal shows the
 * service's Japanese message in the dialog, and the new row is in the grid afterwards.
 */
class TableRowsUiTest extends WorkbenchUiTest {
    @Override
    void prepare(LedgerFixture f) {
        new MeterService(f.ctx).addMachine(f.op1, "MFP-001", "総務課", "1.5", "12.3", new Counts(10_000, 2_000));
        new BudgetService(f.ctx).addLine(f.op1, 2026, "0211-01", "郵便料", "総務課", 1_200_000);
    }

    private void open(String code) {
        var nav = workbench.viewModel().navigation();
        interact(() -> nav.selectedProperty().set(nav.type(code)));
        settle();
    }

    private void enter() {
        press(KeyCode.ENTER).release(KeyCode.ENTER);
        settle();
    }

    private boolean dialogOpen() {
        return lookup(".dialog-pane").tryQuery().isPresent();
    }

    @Test
    void aMachineIsRegisteredFromTheMeterScreenAndAWrongPriceIsRefusedInJapanese() {
        open("6-2");
        TableView<MeterRow> grid = lookup("#meter-grid").query();
        waitUntil(() -> grid.getItems().size() == 2); // MFP-001 and the totals line

        click("#meter-add-machine");
        type("#machine-code", "MFP-009");
        type("#machine-department", "税務課");
        type("#machine-mono-price", "1.555");
        type("#machine-colour-price", "12");
        type("#machine-start-mono", "500");
        enter();
        waitUntil(() -> !text("#register-refusal").isBlank());
        assertEquals("単価は0以上、小数第2位まで(銭単位)で入力してください: 1.555", text("#register-refusal"));
        assertTrue(dialogOpen(), "a refusal keeps the dialog open with what was typed");
        assertEquals(2, grid.getItems().size(), "nothing registered");

        type("#machine-mono-price", "1.55");
        enter();
        waitUntil(() -> !dialogOpen() && grid.getItems().size() == 3);
        MeterRow added = grid.getItems().stream()
                .filter(r -> "MFP-009".equals(r.machine()))
                .findFirst()
                .orElseThrow();
        assertEquals("税務課", added.department());
        assertEquals("500", added.lastMono(), "the installation counter is the last reading");
        assertEquals("機器 MFP-009 を登録しました", text("#table-status"));

        // the same id again: the service's refusal, as the command line gives it
        click("#meter-add-machine");
        type("#machine-code", "MFP-009");
        type("#machine-department", "税務課");
        type("#machine-mono-price", "1");
        type("#machine-colour-price", "1");
        enter();
        waitUntil(() -> text("#register-refusal").contains("MFP-009 はすでに登録されています"));
        press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        settle();
        assertFalse(dialogOpen(), "Esc cancels");
        assertEquals(3, grid.getItems().size());
    }

    @Test
    void aBudgetLineIsAddedFromTheBudgetScreenForTheYearShown() {
        open("4-2");
        TableView<BudgetRow> grid = lookup("#budget-grid").query();
        waitUntil(() -> grid.getItems().size() == 2);

        click("#budget-add-line");
        assertEquals("2026", text("#line-year"), "March 2027 is in fiscal 2026");
        type("#line-code", "0211-02");
        type("#line-name", "複合機使用料");
        type("#line-department", "総務課");
        type("#line-budget", "600,000");
        enter();
        waitUntil(() -> !dialogOpen() && grid.getItems().size() == 3);
        BudgetRow added = grid.getItems().stream()
                .filter(r -> "0211-02".equals(r.line().code()))
                .findFirst()
                .orElseThrow();
        assertEquals("600,000", added.text(added.line().budget()));
        assertEquals("0.0%", added.rate(), "nothing spent yet");
        assertTrue(text("#table-status").contains("0211-02(総務課、2026年度)"), text("#table-status"));

        // Esc cancels: nothing is written
        click("#budget-add-line");
        type("#line-code", "0299-99");
        press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        settle();
        assertFalse(dialogOpen());
        assertEquals(3, grid.getItems().size());
    }
}
