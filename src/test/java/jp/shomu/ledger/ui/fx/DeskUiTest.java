package jp.shomu.ledger.ui.fx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import jp.shomu.ledger.domain.staff.StaffMember;
import jp.shomu.ledger.testing.LedgerFixture;
import jp.shomu.ledger.ui.caseform.conflict.ConflictDialog;
import jp.shomu.ledger.ui.desk.CoverDialog;
import jp.shomu.ledger.ui.desk.DeskRow;
import jp.shomu.ledger.ui.main.CaseRow;
import org.junit.jupiter.api.Test;

/** A leader lands on the desk, covers an absent operator's cases with a preview, and the operator sees them. */
class DeskUiTest extends WorkbenchUiTest {
    private long over;
    private long soon;

    @Override
    String login() {
        return "leader";
    }

    @Override
    void prepare(LedgerFixture fixture) {
        over = fixture.allowanceCaseFrom(fixture.op1, "2027-04-05");
        soon = fixture.allowanceCaseFrom(fixture.op1, "2027-04-08");
    }

    @Test
    void aLeaderCoversAnAbsentOperatorsCasesAndTheOperatorSeesThem() {
        TableView<DeskRow> desk = lookup("#desk-table").query();
        assertEquals(2, desk.getItems().size(), "the leader lands on the desk");
        assertEquals("期限超過", desk.getItems().get(0).section());
        assertEquals(over, desk.getItems().get(0).id());
        assertTrue(text("#desk-summary").startsWith("期限超過 1件"), text("#desk-summary"));

        click("#desk-cover");
        ComboBox<StaffMember> absent = lookup("#cover-absent").query();
        StaffMember op1 = absent.getItems().stream()
                .filter(s -> s.login().equals("op1"))
                .findFirst()
                .orElseThrow();
        interact(() -> absent.setValue(op1));
        click("#cover-to-op2");
        DialogPane pane = lookup(".dialog-pane").query();
        assertTrue(pane.lookupButton(CoverDialog.APPLY).isDisabled(), "nothing to apply before the preview");
        click("#cover-preview");
        String plan = ((TextArea) lookup("#cover-plan").query()).getText();
        assertTrue(plan.contains("案件 " + over) && plan.contains("案件 " + soon), plan);
        assertTrue(plan.contains("架空 花子: 0件 0分 → 2件"), plan);
        pressDialogButton(CoverDialog.APPLY);
        waitUntil(() -> lookup(".dialog-pane").tryQuery().isPresent());
        pressDialogButton(button("閉じる"));
        waitUntil(() -> desk.getItems().stream().allMatch(r -> r.assignee().equals("架空 花子")));
        assertEquals(
                ledger.op2.id(),
                ledger.cases().details(ledger.manager, over).caseFile().assigneeId());

        switchTo("op2");
        interact(() -> workbench
                .viewModel()
                .navigation()
                .selectedProperty()
                .set(workbench.viewModel().navigation().roots().stream()
                        .filter(e -> e.kind() == jp.shomu.ledger.ui.main.NavigationViewModel.Kind.MINE)
                        .findFirst()
                        .orElseThrow()));
        settle();
        TableView<CaseRow> mine = lookup("#case-table").query();
        waitUntil(() -> mine.getItems().size() == 2);
        assertTrue(mine.getItems().stream().allMatch(CaseRow::newlyAssigned));
        assertTrue(lookup("★新着").tryQuery().isPresent(), "the mark is on the screen");
    }

    @Test
    void aConflictingAssignmentShowsTheConflictDialog() {
        TableView<DeskRow> desk = lookup("#desk-table").query();
        DeskRow row =
                desk.getItems().stream().filter(r -> r.id() == over).findFirst().orElseThrow();
        interact(() -> desk.getSelectionModel().select(row));
        click("#desk-assign");
        // while the leader chooses, the manager on another PC gives the case to the leader himself
        new jp.shomu.ledger.service.assignment.AssignmentService(ledger.ctx)
                .assign(ledger.manager, over, row.line().version(), "leader", "応援");
        javafx.scene.control.ListView<StaffMember> people =
                lookup("#assignee-list").query();
        interact(() -> people.getSelectionModel()
                .select(people.getItems().stream()
                        .filter(s -> s.login().equals("op2"))
                        .findFirst()
                        .orElseThrow()));
        pressDialogButton(button("この人にする"));

        waitUntil(() -> lookup("#conflict-grid").tryQuery().isPresent());
        String who = text("#conflict-changed-by");
        assertTrue(who.contains(ledger.manager.name()) && who.contains("担当割当"), who);
        assertTrue(lookup("試用 次郎").tryQuery().isPresent(), "their assignee is shown");
        DialogPane pane = lookup(".dialog-pane").query();
        assertTrue(pane.lookupButton(ConflictDialog.SAVE).isDisabled(), "both changed the assignee: choose first");
        clickOn(".conflict-mine");
        pressDialogButton(ConflictDialog.SAVE);
        waitUntil(() -> ledger.cases().details(ledger.manager, over).caseFile().assigneeId() == ledger.op2.id());
        assertTrue(lookup("#conflict-grid").tryQuery().isEmpty(), "re-applied over their version");
    }

    private ButtonType button(String text) {
        DialogPane pane = lookup(".dialog-pane").query();
        return pane.getButtonTypes().stream()
                .filter(b -> b.getText().equals(text) || b.getButtonData() == ButtonBar.ButtonData.CANCEL_CLOSE)
                .findFirst()
                .orElseThrow();
    }
}
