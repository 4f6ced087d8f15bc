package jp.shomu.ledger.ui.fx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import jp.shomu.ledger.domain.sla.SlaItem;
import jp.shomu.ledger.domain.sla.SlaMetric;
import jp.shomu.ledger.service.settings.SlaTargetService;
import jp.shomu.ledger.testing.LedgerFixture;
import jp.shomu.ledger.ui.settings.HolidaysViewModel.DueChangeRow;
import jp.shomu.ledger.ui.settings.ProposalsViewModel.DifferenceRow;
import jp.shomu.ledger.ui.settings.ProposalsViewModel.ProposalRow;
import jp.shomu.ledger.ui.settings.SlaTargetsViewModel.ItemRow;
import org.junit.jupiter.api.Test;

/**
 * The leaders' settings screens: an SLA change proposed by one leader is approved by another (never by the
 * proposer), and a holiday override lists the due dates it moves before anything is applied to the cases.
 */
class SettingsUiTest extends WorkbenchUiTest {
    private long received12;
    private long received05;

    @Override
    String login() {
        return "leader";
    }

    @Override
    void prepare(LedgerFixture fixture) {
        received12 = fixture.allowanceCaseFrom(fixture.op1, "2027-04-12");
        received05 = fixture.allowanceCaseFrom(fixture.op1, "2027-04-05");
    }

    @Test
    void anSlaChangeProposedByOneLeaderIsApprovedByASecond() {
        openSettings("#settings-sla-tab");
        TableView<ItemRow> items = lookup("#sla-items").query();
        ItemRow accuracy = items.getItems().stream()
                .filter(r -> r.metric() == SlaMetric.ACCURACY)
                .findFirst()
                .orElseThrow();
        assertEquals("99%以上", accuracy.inForceProperty().get(), "the targets in force are listed");
        interact(() -> accuracy.targetProperty().set("98"));
        type("#sla-summary", "正確性の目標を実績に合わせる");
        click("#sla-propose");
        assertTrue(dialogText().contains("別の業務責任者または管理責任者が承認"), dialogText());
        pressButton(ButtonData.CANCEL_CLOSE);

        TableView<ProposalRow> proposals = lookup("#sla-proposal-list").query();
        waitUntil(() -> proposals.getItems().size() == 1);
        assertTrue(lookup("#sla-approve").queryAs(Button.class).isDisabled(), "the proposer cannot approve");
        assertTrue(text("#sla-review-note").contains("自分の提案は承認できません"), text("#sla-review-note"));

        switchTo("manager");
        waitUntil(() -> !lookup("#sla-approve").queryAs(Button.class).isDisabled());
        TableView<DifferenceRow> diff = lookup("#sla-differences").query();
        assertTrue(
                diff.getItems().contains(new DifferenceRow("SLA項目 処理正確性 › 目標値", "99", "98")),
                diff.getItems().toString());
        click("#sla-approve");
        pressButton(ButtonData.YES);
        assertTrue(dialogText().contains("承認しました"), dialogText());
        pressButton(ButtonData.CANCEL_CLOSE);
        waitUntil(proposals.getItems()::isEmpty);
        assertEquals(
                new BigDecimal("98"),
                new SlaTargetService(ledger.ctx)
                        .inForce(ledger.manager, YearMonth.of(2027, 5)).items().stream()
                                .filter(i -> i.metric() == SlaMetric.ACCURACY)
                                .findFirst()
                                .orElseThrow()
                                .target());
    }

    @Test
    void theProposerCannotApproveTheirOwnProposal() {
        new SlaTargetService(ledger.ctx)
                .propose(
                        ledger.leader,
                        YearMonth.of(2027, 5),
                        List.of(new SlaItem(SlaMetric.ON_TIME_RATE, null, BigDecimal.valueOf(95))),
                        "期限内処理率だけにする");
        openSettings("#settings-sla-tab");
        TableView<ProposalRow> proposals = lookup("#sla-proposal-list").query();
        waitUntil(() -> proposals.getItems().size() == 1);
        assertTrue(lookup("#sla-approve").queryAs(Button.class).isDisabled());
        assertTrue(text("#sla-review-note").contains("自分の提案は承認できません"), text("#sla-review-note"));
        assertFalse(lookup("#sla-reject").queryAs(Button.class).isDisabled(), "the proposer may withdraw it");
        assertTrue(new SlaTargetService(ledger.ctx).history(ledger.manager).isEmpty(), "nothing approved");
    }

    @Test
    void aHolidayOverrideShowsTheChangedDueDatesBeforeTheyAreApplied() {
        LocalDate before = due(received12);
        openSettings("#settings-holidays-tab");
        type("#holiday-date", "2027-04-14");
        type("#holiday-name", "臨時休日");
        click("#holiday-set");
        TableView<DueChangeRow> changes = lookup("#due-changes").query();
        waitUntil(() -> changes.getItems().size() == 1);
        DueChangeRow row = changes.getItems().get(0);
        assertEquals(Long.toString(received12), row.id(), "only the case whose business days include the 14th");
        assertEquals(before, row.change().oldDue());
        assertEquals(LocalDate.of(2027, 4, 16), row.change().newDue());
        assertTrue(text("#due-note").contains("1 件"), text("#due-note"));
        assertTrue(
                lookup("#holiday-list").queryTableView().getItems().stream()
                        .anyMatch(h -> h.toString().contains("臨時休日")),
                "the override is in the year's list");
        assertEquals(before, due(received12), "nothing applied before the person confirms");

        click("#due-apply");
        pressButton(ButtonData.YES);
        waitUntil(changes.getItems()::isEmpty);
        assertEquals(LocalDate.of(2027, 4, 16), due(received12));
        assertEquals(LocalDate.of(2027, 4, 8), due(received05), "a case already past the day keeps its date");
    }

    private LocalDate due(long id) {
        return ledger.cases().details(ledger.manager, id).caseFile().dueOn();
    }

    private void openSettings(String tab) {
        click("#open-settings");
        TabPane settings = lookup("#settings").query();
        interact(() -> settings.getSelectionModel()
                .select(settings.getTabs().stream()
                        .filter(t -> ("#" + t.getId()).equals(tab))
                        .findFirst()
                        .orElseThrow()));
        settle();
    }

    private String dialogText() {
        waitUntil(() -> lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane pane = lookup(".dialog-pane").query();
        return pane.getContentText() == null ? ((Labeled) pane.lookup(".content")).getText() : pane.getContentText();
    }

    private void pressButton(ButtonData data) {
        waitUntil(() -> lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane pane = lookup(".dialog-pane").query();
        ButtonType type = pane.getButtonTypes().stream()
                .filter(b -> b.getButtonData() == data)
                .findFirst()
                .orElseThrow();
        pressDialogButton(type);
    }
}
