package jp.shomu.ledger.ui.fx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.CheckBox;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import jp.shomu.ledger.domain.cases.CaseStatus;
import jp.shomu.ledger.ui.caseform.HistoryViewModel;
import jp.shomu.ledger.ui.caseform.check.DoubleCheckDialog;
import jp.shomu.ledger.ui.caseform.flow.ReasonDialog;
import org.junit.jupiter.api.Test;

/** The whole main flow, driven through the window as operators do it. */
class CaseWorkflowUiTest extends WorkbenchUiTest {
    private long caseId() {
        return workbench
                .viewModel()
                .selectedFormProperty()
                .get()
                .openCase()
                .idProperty()
                .get();
    }

    private CaseStatus savedStatus(long id) {
        return ledger.cases().details(ledger.manager, id).caseFile().status();
    }

    private void scrollFields(double where) {
        javafx.scene.control.ScrollPane fields = lookup(".fields-scroll").query();
        interact(() -> fields.setVvalue(where));
        settle();
    }

    private void tick(String item) {
        click("#check-" + item);
        assertTrue(((CheckBox) lookup("#check-" + item).query()).isSelected(), item);
    }

    @Test
    void aCaseGoesFromRegistrationThroughASendBackToDone() {
        // op1 registers a 2-2 case from the navigation with Ctrl+N and fills the catalog's fields
        clickOn("2-2 各種手当認定事務");
        settle();
        shortcut(KeyCode.N);
        type("#field-subject", "通勤手当 新規(UIテスト)");
        choose("#field-allowanceKind", "通勤");
        choose("#field-certificationKind", "新規");
        type("#field-targetEmployee", "9000102");
        assertEquals("名簿: 架空 花子", text("#note-targetEmployee"));
        type("#field-eventDate", "R9.4.1");
        assertEquals("令和9年4月1日(2027-04-01)", text("#note-eventDate"));
        type("#field-notifiedOn", "令和9年4月5日");
        scrollFields(1); // the form is longer than the window: the person scrolls down to 月額
        type("#field-monthlyAmount", "12000");
        scrollFields(0);
        clickOn("#field-subject");
        assertEquals("12,000", text("#field-monthlyAmount"));
        shortcut(KeyCode.S);
        long id = caseId();
        assertEquals("受付", text("#case-status"));

        // works it: start, the maker's checklist steps, ask for the double check
        click("#action-start");
        assertEquals("処理中", text("#case-status"));
        click("チェックリスト");
        for (String item : new String[] {"c1", "c2", "c4", "c5"}) {
            tick(item);
        }
        assertTrue(lookup("#check-c6").query().isDisabled(), "the maker may not tick the double-check item");
        click("#action-submit");
        pressDialogButton(ReasonDialog.CONFIRM);
        assertEquals("確認待ち", text("#case-status"));
        assertEquals("確認依頼しました。", text("#case-notice"));
        assertTrue(lookup("#action-check").query().isDisabled(), "the maker may not check their own case");
        assertTrue(text("#action-hint").contains("自分が処理した案件"));

        // op2 sends it back with an error category and a comment
        switchTo("op2");
        click("確認待ち(自分がチェック)");
        openBySearch(id);
        click("#action-check");
        click("#check-send-back");
        click("入力誤り");
        assertTrue(lookup("入力誤り").queryAs(CheckBox.class).isSelected());
        type("#check-comment", "月額の計算を確認してください");
        pressDialogButton(DoubleCheckDialog.RECORD);
        assertEquals("処理中", text("#case-status"));
        assertEquals(CaseStatus.IN_PROGRESS, savedStatus(id));
        assertTrue(text("#case-send-back").contains("入力誤り"), text("#case-send-back"));
        for (String button : java.util.List.of("#action-submit", "#action-hold", "#action-withdraw")) {
            assertFalse(lookup(button).query().isVisible(), button + ": not the checker's to do on op1's case");
        }

        // op1 sees it marked and first in 自分の案件, and why it came back in the header
        switchTo("op1");
        click("自分の案件");
        TableView<jp.shomu.ledger.ui.main.CaseRow> mine = lookup("#case-table").query();
        assertEquals(id, mine.getItems().get(0).id());
        assertEquals("処理中・差戻し", mine.getItems().get(0).statusText());
        openBySearch(id);
        assertTrue(text("#case-send-back").contains("入力誤り"), text("#case-send-back"));
        assertTrue(text("#case-send-back").contains("月額の計算を確認してください"), text("#case-send-back"));
        for (String button : java.util.List.of("#action-submit", "#action-hold", "#action-withdraw")) {
            assertTrue(lookup(button).query().isVisible(), button + ": the maker's step");
        }
        scrollFields(1);
        type("#field-monthlyAmount", "13000");
        shortcut(KeyCode.S);
        click("#action-submit");
        pressDialogButton(ReasonDialog.CONFIRM);
        assertEquals("確認待ち", text("#case-status"));
        assertFalse(lookup("#case-send-back").query().isVisible(), "the reason goes once it is asked again");

        // op2 approves, ticking the double-check item in the dialog: the city's steps remain
        switchTo("op2");
        click("確認待ち(自分がチェック)");
        openBySearch(id);
        click("#action-check");
        click("二次審査(ダブルチェック)＊");
        pressDialogButton(DoubleCheckDialog.RECORD);
        assertEquals("市決裁待ち", text("#case-status"));

        // completion is blocked until the required items are ticked, and says which
        click("#action-complete");
        assertTrue(text("#case-message").contains("必須のチェック項目が残っています: 市の決裁、台帳の消込み"), text("#case-message"));
        assertEquals(CaseStatus.CITY_APPROVAL, savedStatus(id));
        click("チェックリスト");
        tick("c7");
        tick("c8");
        click("#action-complete");
        assertEquals("完了", text("#case-status"));
        assertEquals("完了にしました。", text("#case-notice"));
        assertEquals(CaseStatus.DONE, savedStatus(id));

        // the history tab shows the audit trail, the send-back among it
        click("履歴");
        TableView<HistoryViewModel.Line> history = lookup("#history-table").query();
        var actions =
                history.getItems().stream().map(HistoryViewModel.Line::action).toList();
        assertTrue(actions.containsAll(java.util.List.of("登録", "差戻し", "承認・市決裁待ち", "完了")), actions.toString());
        assertFalse(history.getItems().isEmpty());
    }
}
