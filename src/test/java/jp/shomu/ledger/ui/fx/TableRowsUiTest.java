package jp.shomu.ledger.ui.fx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.YearMonth;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.DialogPane;
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
    static final YearMonth MARCH = YearMonth.of(2027, 3); // the clock is 2027-04-12: the screens open on March

    @Override
    void prepare(LedgerFixture f) {
        new MeterService(f.ctx).addMachine(f.op1, "MFP-001", "総務課", "1.5", "12.3", new Counts(10_000, 2_000));
        new MeterService(f.ctx).read(f.op1, "MFP-001", MARCH, new Counts(12_345, 2_100), false);
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

    /** With -Dtables.screens=DIR the dialog open now is saved there (docs/screenshots/table-*.png). */
    private void shootDialog(String name) {
        String dir = System.getProperty("tables.screens");
        if (dir != null) {
            DialogPane pane = lookup(".dialog-pane").query();
            SceneImage.save(this, pane.getScene(), Path.of(dir).resolve(name));
        }
    }

    /** Selects a row of the grid (again, should a late reading of the table have cleared it). */
    private <R> void select(TableView<R> grid, int row) {
        waitUntil(() -> {
            interact(() -> {
                grid.requestFocus();
                grid.getSelectionModel().clearAndSelect(row, grid.getColumns().get(0));
            });
            settle();
            return grid.getSelectionModel().getSelectedItem() != null;
        });
    }

    /** Answers the confirmation in front (the dialog with はい / いいえ) with one of its buttons. */
    private void answer(ButtonBar.ButtonData data) {
        waitUntil(() -> confirmation().isPresent());
        DialogPane pane = confirmation().orElseThrow();
        clickOn(pane.lookupButton(pane.getButtonTypes().stream()
                .filter(b -> b.getButtonData() == data)
                .findFirst()
                .orElseThrow()));
        settle();
    }

    private java.util.Optional<DialogPane> confirmation() {
        return lookup(".dialog-pane").queryAll().stream()
                .map(DialogPane.class::cast)
                .filter(p -> p.getButtonTypes().stream().anyMatch(b -> b.getButtonData() == ButtonBar.ButtonData.YES))
                .findFirst();
    }

    @Test
    void aMachineIsMovedAndRepricedFromAMonthOnAndTheMonthAlreadyReadKeepsItsCharge() {
        open("6-2");
        TableView<MeterRow> grid = lookup("#meter-grid").query();
        waitUntil(() -> grid.getItems().size() == 2);
        assertFalse(lookup("#meter-change-machine").queryButton().isDisabled(), "the first row has the keyboard");
        select(grid, 0);
        click("#meter-change-machine");
        assertEquals("MFP-001", text("#machine-code"));
        assertEquals("総務課", text("#machine-department"));
        assertEquals("1.50", text("#machine-mono-price"));
        assertEquals("2027-04", text("#machine-from"), "March is read: the change applies from April");
        type("#machine-department", "人事課");
        type("#machine-mono-price", "1.2");
        shootDialog("table-edit-machine.png");
        type("#machine-from", "2027-03");
        enter();
        waitUntil(() -> !text("#register-refusal").isBlank());
        assertTrue(text("#register-refusal").contains("2027-04 以降の月を指定してください"), text("#register-refusal"));
        type("#machine-from", "2027-04");
        enter();
        waitUntil(() -> !dialogOpen());
        assertEquals("機器 MFP-001 を変更しました(所属・単価は 2027-04 から)", text("#table-status"));
        // March as it was: 総務課, 2,345 × 1.5 + 100 × 12.3 = 4,747
        waitUntil(() -> "総務課".equals(grid.getItems().get(0).department()));
        assertEquals("4,747", grid.getItems().get(0).charge());
        click("#table-next");
        waitUntil(() -> "人事課".equals(grid.getItems().get(0).department()));

        // someone else changes the machine while the dialog is open: refused, never overwritten
        select(grid, 0);
        click("#meter-change-machine");
        new MeterService(ledger.ctx)
                .changeMachine(ledger.op2, "MFP-001", 2, "MFP-001", YearMonth.of(2027, 5), "人事課", "1.2", "10");
        type("#machine-colour-price", "10");
        enter();
        waitUntil(() -> text("#register-refusal").contains("他の人が先に更新しました"));
        assertTrue(dialogOpen());
        press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        settle();
        assertFalse(dialogOpen(), "Esc cancels");
    }

    @Test
    void aMachineIsRetiredFromAMonthAfterAConfirmation() {
        open("6-2");
        TableView<MeterRow> grid = lookup("#meter-grid").query();
        waitUntil(() -> grid.getItems().size() == 2);
        select(grid, 0);
        click("#meter-retire-machine");
        assertEquals("2027-04", text("#machine-retire-from"));
        shootDialog("table-retire-machine.png");
        enter();
        // the confirmation: いいえ keeps the machine and the dialog
        waitUntil(() -> confirmation().isPresent());
        assertTrue(confirmation().orElseThrow().getContentText().contains("機器 MFP-001 を 2027-04 から撤去します"));
        answer(ButtonBar.ButtonData.NO);
        assertEquals("撤去しませんでした", text("#register-refusal"));
        assertTrue(dialogOpen());
        click("#register-ok");
        answer(ButtonBar.ButtonData.YES);
        waitUntil(() -> !dialogOpen());
        assertEquals("機器 MFP-001 を 2027-04 から撤去しました", text("#table-status"));
        assertEquals(2, grid.getItems().size(), "March keeps the machine");
        click("#table-next");
        waitUntil(() -> grid.getItems().size() == 1); // April: only the totals line
    }

    @Test
    void aMeterReplacementIsRecordedWithTheNewMetersStartAndUsageCountsFromIt() {
        open("6-2");
        TableView<MeterRow> grid = lookup("#meter-grid").query();
        click("#table-next"); // April: March read 12,345 / 2,100 on the old meter
        waitUntil(() ->
                grid.getItems().size() == 2 && grid.getItems().get(0).mono().isEmpty());
        select(grid, 0);
        click("#meter-replacement");
        type("#replacement-mono", "1050");
        type("#replacement-colour", "85");
        type("#replacement-start-mono", "5O"); // a letter O for a zero: refused, the dialog stays
        type("#replacement-start-colour", "5");
        shootDialog("table-meter-replacement.png");
        enter();
        waitUntil(() -> !text("#register-refusal").isBlank());
        assertTrue(dialogOpen());
        type("#replacement-start-mono", "50");
        enter();
        waitUntil(() -> !dialogOpen());
        assertEquals("機器 MFP-001 の 2027-04 のメーター交換を記録しました", text("#table-status"));
        waitUntil(() -> "1,000".equals(grid.getItems().get(0).usedMono()));
        MeterRow april = grid.getItems().get(0);
        assertTrue(april.replaced());
        assertEquals("80", april.usedColour(), "85 − 5 on the new meter, not 85 − 2,100 on the old one");
        // 1,000 × 1.5 円 + 80 × 12.3 円 = 1,500 + 984 = 2,484 円
        assertEquals("2,484", april.charge());
    }

    @Test
    void aBudgetLinesAmountIsChangedAndAConflictIsShownNotOverwritten() {
        open("4-2");
        TableView<BudgetRow> grid = lookup("#budget-grid").query();
        waitUntil(() -> grid.getItems().size() == 2);
        select(grid, 1);
        assertTrue(lookup("#budget-change-line").queryButton().isDisabled(), "the totals line is not a budget line");
        select(grid, 0);
        click("#budget-change-line");
        assertEquals("郵便料", text("#line-name"));
        assertEquals("1,200,000", text("#line-budget"));
        type("#line-budget", "1,000,000");
        shootDialog("table-edit-budget.png");
        enter();
        waitUntil(() -> !dialogOpen() && grid.getItems().get(0).line().budget() == 1_000_000);
        assertEquals("予算の行 0211-01(総務課、2026年度)を変更しました", text("#table-status"));

        // changed by someone else while the dialog is open: refused in the dialog, the grid shows theirs
        select(grid, 0);
        click("#budget-change-line");
        new BudgetService(ledger.ctx).changeLine(ledger.op2, 2026, "0211-01", "総務課", 2, "郵便料", 900_000);
        type("#line-budget", "800,000");
        enter();
        waitUntil(() -> text("#register-refusal").contains("他の人が先に更新しました"));
        press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        settle();
        waitUntil(() -> grid.getItems().get(0).line().budget() == 900_000);
    }
}
