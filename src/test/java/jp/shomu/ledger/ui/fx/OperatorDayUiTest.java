package jp.shomu.ledger.ui.fx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.input.KeyCode;
import jp.shomu.ledger.domain.cases.CaseStatus;
import jp.shomu.ledger.domain.catalog.TaskType;
import jp.shomu.ledger.testing.LedgerFixture;
import org.junit.jupiter.api.Test;

/** Issue 14 through the window: no edit lost to Enter, keyboard all the way, messages that do not move buttons. */
class OperatorDayUiTest extends WorkbenchUiTest {
    private long id;

    @Override
    void prepare(LedgerFixture fixture) {
        id = fixture.allowanceCase(fixture.op1, "通勤手当 新規");
    }

    private Node focused() {
        return stage.getScene().getFocusOwner();
    }

    private String focusedId() {
        Node n = focused();
        return n == null ? null : n.getId();
    }

    private void key(KeyCode... keys) {
        press(keys).release(keys);
        settle();
    }

    /** Presses Tab until the control with this id has the focus, as a person does. */
    private void tabTo(String nodeId) {
        for (int i = 0; i < 30 && !nodeId.equals(focusedId()); i++) {
            key(KeyCode.TAB);
        }
        assertEquals(nodeId, focusedId(), "Tab never reached " + nodeId);
    }

    /** Picks a choice with the arrow keys only. */
    private void arrowTo(String nodeId, String value) {
        tabTo(nodeId);
        ComboBox<?> combo = lookup("#" + nodeId).query();
        for (int i = 0; i < 8 && !value.equals(combo.getValue()); i++) {
            key(KeyCode.DOWN);
        }
        if (combo.isShowing()) {
            key(KeyCode.ENTER);
        }
        assertEquals(value, combo.getValue());
    }

    @Test
    void enterOnTheCloseQuestionSavesTheEditInsteadOfThrowingItAway() {
        openBySearch(id);
        type("#field-subject", "通勤手当 新規(直した)");
        shortcut(KeyCode.W);
        assertTrue(lookup("#close-dirty").tryQuery().isPresent(), "asks before closing");
        assertTrue(lookup("#close-save").queryButton().isDefaultButton());
        assertFalse(lookup("#close-discard").queryButton().isDefaultButton());
        key(KeyCode.ENTER);
        assertTrue(workbench.viewModel().forms().isEmpty(), "closed after saving");
        assertEquals(
                "通勤手当 新規(直した)",
                ledger.cases().details(ledger.manager, id).caseFile().subject());
    }

    @Test
    void escOnTheCloseQuestionKeepsTheCaseOpenWithTheEdit() {
        openBySearch(id);
        type("#field-subject", "通勤手当 新規(まだ途中)");
        shortcut(KeyCode.W);
        key(KeyCode.ESCAPE);
        assertEquals(1, workbench.viewModel().forms().size());
        assertEquals("通勤手当 新規(まだ途中)", text("#field-subject"));
        assertEquals(
                "通勤手当 新規", ledger.cases().details(ledger.manager, id).caseFile().subject());
    }

    @Test
    void fromCtrlNToTheDoubleCheckRequestWithTheKeyboardOnly() {
        click("すべての案件");
        shortcut(KeyCode.N);
        ListView<TaskType> types = lookup("#type-list").query();
        assertTrue(types.isFocused(), "the type list has the focus");
        for (int i = 0;
                i < 30
                        && !"2-2"
                                .equals(types.getSelectionModel()
                                        .getSelectedItem()
                                        .code());
                i++) {
            key(KeyCode.DOWN);
        }
        assertEquals("2-2", types.getSelectionModel().getSelectedItem().code());
        key(KeyCode.ENTER);
        assertEquals(
                "2-2",
                workbench
                        .viewModel()
                        .selectedFormProperty()
                        .get()
                        .openCase()
                        .type()
                        .code(),
                "Enter in the list picks the selected type");
        assertEquals("field-subject", focusedId(), "a new case starts in 件名");

        write("通勤手当 新規(キーボード)");
        arrowTo("field-allowanceKind", "通勤");
        arrowTo("field-certificationKind", "新規");
        assertTrue(lookup("#field-commuteRoute").query().isVisible(), "通勤手当 shows the commuting fields");
        assertFalse(lookup("#field-rent").query().isVisible(), "and not the housing ones");
        assertFalse(lookup("#field-dependants").query().isVisible());
        tabTo("field-targetEmployee");
        write("9000102");
        tabTo("field-eventDate");
        write("R9.4.1");
        tabTo("field-notifiedOn");
        write("R9.4.5");
        // 支給開始月 is calculated (15日 rule; an event on the 1st starts that month): shown, never typed
        assertEquals("令和9年4月", text("#field-payStartMonth"));
        shortcut(KeyCode.S);
        assertEquals("受付", text("#case-status"));

        key(KeyCode.ALT, KeyCode.T); // 処理開始(T)
        assertEquals("処理中", text("#case-status"));
        shortcut(KeyCode.DIGIT2); // チェックリスト
        for (String item : new String[] {"c1", "c2", "c4", "c5"}) {
            tabTo("check-" + item);
            key(KeyCode.SPACE);
            assertTrue(((CheckBox) lookup("#check-" + item).query()).isSelected(), item);
        }
        key(KeyCode.ALT, KeyCode.K); // 確認依頼(K)
        assertTrue(lookup("#reason-text").tryQuery().isPresent(), "asks for an optional note and checker");
        key(KeyCode.ENTER);
        assertEquals("確認待ち", text("#case-status"));
        assertTrue(text("#case-notice").startsWith("確認依頼しました"), text("#case-notice"));
        long created = workbench
                .viewModel()
                .selectedFormProperty()
                .get()
                .openCase()
                .idProperty()
                .get();
        assertEquals(
                CaseStatus.AWAITING_CHECK,
                ledger.cases().details(ledger.manager, created).caseFile().status());
    }

    @Test
    void aMessageNeverMovesTheButtonsOrTheTabs() {
        openBySearch(id);
        Node tabs = lookup(".case-form-tabs").query();
        double before = tabs.localToScene(0, 0).getY();
        type("#field-subject", "通勤手当 新規(編集中)"); // the hint: save first
        assertFalse(text("#action-hint").isEmpty());
        // a message line would move them by ~30 px; a focus ring that took room moved them by 2–4 px
        assertEquals(before, tabs.localToScene(0, 0).getY(), 0.5);
        clickOn("#field-subject");
        interact(
                () -> ((javafx.scene.control.TextField) lookup("#field-subject").query()).selectAll());
        key(KeyCode.BACK_SPACE);
        assertEquals("", text("#field-subject"));
        shortcut(KeyCode.W);
        key(KeyCode.ENTER); // 保存して閉じる with input that cannot be saved: an error, the case stays
        assertFalse(text("#case-message").isEmpty());
        assertEquals(1, workbench.viewModel().forms().size());
        // a message line would move them by ~30 px; a focus ring that took room moved them by 2–4 px
        assertEquals(before, tabs.localToScene(0, 0).getY(), 0.5);
    }

    @Test
    void altBInTheDoubleCheckSelectsTheSendBack() {
        var flow = ledger.workflow();
        long v = flow.start(ledger.op1, id, ledger.version(id));
        for (String item : new String[] {"c1", "c2", "c4", "c5"}) {
            flow.tick(ledger.op1, id, item, "");
        }
        flow.submitForCheck(ledger.op1, id, ledger.version(id));
        switchTo("op2");
        click("確認待ち(自分がチェック)");
        openBySearch(id);
        click("#action-check");
        RadioButton sendBack = lookup("#check-send-back").query();
        assertFalse(sendBack.isSelected());
        key(KeyCode.ALT, KeyCode.B);
        assertTrue(sendBack.isSelected(), "Alt+B selects 差戻し");
        key(KeyCode.ALT, KeyCode.A);
        assertTrue(((RadioButton) lookup("#check-approve").query()).isSelected(), "Alt+A selects 承認");
        key(KeyCode.ESCAPE);
        assertTrue(v > 0);
    }

    @Test
    void theTreeShowsWholeNamesInTooltipsAndRemembersItsWidth() throws Exception {
        javafx.scene.control.TreeCell<?> cell = lookup(".navigation .tree-cell")
                .match(c -> ((javafx.scene.control.TreeCell<?>) c).getTooltip() != null)
                .query();
        assertFalse(cell.getTooltip().getText().isBlank());
        javafx.scene.control.SplitPane split = lookup("#main-split").query();
        interact(() -> split.setDividerPositions(0.4));
        settle();
        double width = ((javafx.scene.layout.Region) lookup("#navigation").query()).getWidth();
        interact(() -> stage.fireEvent(new javafx.stage.WindowEvent(stage, javafx.stage.WindowEvent.WINDOW_HIDING)));
        var settings = new jp.shomu.ledger.service.workplace.UserSettings(profile.resolve("settings.properties"));
        assertEquals(
                Long.toString(Math.round(width)),
                settings.get("window.navigationWidth").orElseThrow());
    }
}
