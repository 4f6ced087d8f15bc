package jp.shomu.ledger.ui.fx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import jp.shomu.ledger.service.cases.CaseLinkService;
import jp.shomu.ledger.service.cases.LinkedCase;
import jp.shomu.ledger.testing.LedgerFixture;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A calculated field follows what is typed before anything is saved, cannot be typed itself, and the links of a case
 * show in both cases' forms; a double-click opens the linked case.
 */
class CalculatedFieldsUiTest extends WorkbenchUiTest {
    private long notification;
    private long followOn;
    private long other;

    @Override
    void prepare(LedgerFixture fixture) {
        notification = fixture.cases()
                .create(
                        fixture.op1,
                        "1-2",
                        "住所変更 見本",
                        Map.of(
                                "notificationKind", "住所変更",
                                "targetEmployee", "99001234",
                                "eventDate", "2027-03-20",
                                "notifiedOn", "2027-04-01"));
        followOn = new CaseLinkService(fixture.ctx).followOn(fixture.op1, notification, "2-2");
        other = fixture.allowanceCase(fixture.op1, "通勤手当 見本");
    }

    @Test
    void aCalculatedFieldUpdatesAsTheUserTypesAndLinksShowBothWays() {
        interact(() -> workbench.viewModel().open(notification));
        settle();
        assertEquals("12", text("#field-daysElapsed"), "as saved: 3/20 → 4/1");
        TextField elapsed = lookup("#field-daysElapsed").query();
        assertTrue(elapsed.isDisabled(), "a calculated field is not typed");

        type("#field-notifiedOn", "R9.4.10");
        assertEquals("21", text("#field-daysElapsed"), "recomputed while typing, before any save");
        assertEquals(1, ledger.version(notification), "nothing saved yet");

        ListView<LinkedCase> links = visibleLinks();
        assertEquals(1, links.getItems().size());
        LinkedCase child = links.getItems().get(0);
        assertEquals(followOn, child.id());
        assertEquals("子案件", child.roleLabel());

        javafx.scene.control.ScrollPane form =
                lookup(".fields-scroll").match(this::isShowing).query();
        interact(() -> form.setVvalue(1.0)); // 関連案件 is below the fields
        interact(() -> links.getSelectionModel().select(0));
        doubleClickOn(links.lookup(".list-cell"));
        settle();
        var opened = workbench.viewModel().selectedFormProperty().get();
        assertEquals(followOn, opened.openCase().idProperty().get());
        waitUntil(() -> opened.links().rows().size() == 1);
        assertEquals(notification, opened.links().rows().get(0).id());
        assertEquals("親案件", opened.links().rows().get(0).roleLabel());
        // the follow-on started with the notification's values, and worked out its own 支給開始月
        var saved = ledger.cases().details(ledger.manager, followOn).caseFile();
        assertEquals("2027-03-20", saved.field("eventDate"));
        assertEquals("2027-04", saved.field("payStartMonth"), "notified within 15 days: the month after the event");
        TextField payStart =
                lookup("#field-payStartMonth").match(this::isShowing).query();
        assertTrue(payStart.isDisabled() && !payStart.getText().isBlank(), payStart.getText());
    }

    @Test
    void aFollowOnStartedFromTheFormOpensWithTheCarriedValues() {
        interact(() -> workbench.viewModel().open(notification));
        settle();
        javafx.scene.control.Button start =
                lookup("#follow-on-3-1").match(this::isShowing).query();
        javafx.scene.control.ScrollPane form =
                lookup(".fields-scroll").match(this::isShowing).query();
        interact(() -> form.setVvalue(1.0));
        clickOn(start);
        settle();
        var opened = workbench.viewModel().selectedFormProperty().get();
        assertEquals("3-1", opened.openCase().type().code());
        long created = opened.openCase().idProperty().get();
        var saved = ledger.cases().details(ledger.manager, created).caseFile();
        assertEquals("2027-03-20", saved.field("eventDate"));
        assertEquals("2027-04-01", saved.field("reportedOn"), "届出受理日 → 申告日");
        waitUntil(() -> opened.links().rows().size() == 1);
        assertEquals(notification, opened.links().rows().get(0).id());
    }

    @Test
    void anExistingCaseIsLinkedFromTheFormWithTheKeyboard() {
        interact(() -> workbench.viewModel().open(notification));
        settle();
        javafx.scene.control.ScrollPane form =
                lookup(".fields-scroll").match(this::isShowing).query();
        interact(() -> form.setVvalue(1.0));
        javafx.scene.control.Button link =
                lookup("#link-case").match(this::isShowing).query();

        openLinkDialog(link);
        write(Long.toString(other));
        press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        settle();
        assertEquals(1, linksOf(notification).size(), "Esc links nothing");

        openLinkDialog(link);
        clickOn("#link-kind-parent");
        clickOn("#link-number");
        write(Long.toString(other));
        press(KeyCode.ENTER).release(KeyCode.ENTER);
        settle();
        waitUntil(() -> visibleLinks().getItems().size() == 2);
        LinkedCase parent = visibleLinks().getItems().get(1);
        assertEquals(other, parent.id());
        assertEquals("親案件", parent.roleLabel());

        openLinkDialog(link);
        write(Long.toString(notification));
        press(KeyCode.ENTER).release(KeyCode.ENTER);
        settle();
        javafx.scene.control.Label message =
                lookup("#case-message").match(this::isShowing).query();
        assertEquals("案件 " + notification + " を自分自身には関連付けられません", message.getText());
        assertEquals(2, linksOf(notification).size(), "nothing saved");

        interact(() -> workbench.viewModel().open(other));
        settle();
        var opened = workbench.viewModel().selectedFormProperty().get();
        waitUntil(() -> opened.links().rows().size() == 1);
        assertEquals(notification, opened.links().rows().get(0).id());
        assertEquals("子案件", opened.links().rows().get(0).roleLabel());
    }

    /** A link made from the open form shows at once in its 履歴 tab, as does a follow-on started there. */
    @Test
    void theHistoryTabShowsALinkMadeFromTheForm() {
        interact(() -> workbench.viewModel().open(notification));
        settle();
        var form = workbench.viewModel().selectedFormProperty().get();
        selectFormTab(3);
        javafx.scene.control.TableView<?> history =
                lookup("#history-table").match(this::isShowing).query();
        waitUntil(() -> !history.getItems().isEmpty());
        int before = history.getItems().size();
        assertTrue(historyText(form).contains("No." + followOn + " → No." + notification + "(親案件)"), historyText(form));

        selectFormTab(0);
        javafx.scene.control.ScrollPane fields =
                lookup(".fields-scroll").match(this::isShowing).query();
        interact(() -> fields.setVvalue(1.0));
        openLinkDialog(lookup("#link-case").match(this::isShowing).query());
        write(Long.toString(other));
        press(KeyCode.ENTER).release(KeyCode.ENTER);
        settle();
        waitUntil(() -> visibleLinks().getItems().size() == 2);

        selectFormTab(3);
        waitUntil(() -> history.getItems().size() == before + 1);
        assertTrue(historyText(form).contains("No." + notification + " → No." + other + "(関連)"), historyText(form));
        assertEquals(1, ledger.version(notification), "a link leaves the case itself as it was");
    }

    private void selectFormTab(int index) {
        javafx.scene.control.TabPane formTabs =
                lookup(".case-form-tabs").match(this::isShowing).query();
        interact(() -> formTabs.getSelectionModel().select(index));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String historyText(jp.shomu.ledger.ui.caseform.CaseFormViewModel form) {
        return form.history().lines().stream()
                .map(l -> l.action() + " " + l.detail())
                .collect(java.util.stream.Collectors.joining("\n"));
    }

    /**
     * Opens the 関連付け dialog: its number field has the focus; the click into it brings the dialog's window to the
     * front for the test robot's keys (headless Monocle leaves the main window the focused one).
     */
    private void openLinkDialog(javafx.scene.control.Button link) {
        clickOn(link);
        waitUntil(() -> lookup("#link-number").tryQuery().map(Node::isFocused).orElse(false));
        clickOn("#link-number");
    }

    private java.util.List<LinkedCase> linksOf(long id) {
        return new CaseLinkService(ledger.ctx).links(ledger.manager, id);
    }

    private ListView<LinkedCase> visibleLinks() {
        WaitForAsyncUtils.waitForFxEvents();
        return lookup("#case-links").match(this::isShowing).query();
    }

    private boolean isShowing(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
