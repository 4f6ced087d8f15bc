package jp.shomu.ledger.ui.fx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import jp.shomu.ledger.domain.centre.Deliverable;
import jp.shomu.ledger.domain.centre.DeliverableState;
import jp.shomu.ledger.domain.centre.DueBasis;
import jp.shomu.ledger.domain.centre.Improvement;
import jp.shomu.ledger.domain.centre.ImprovementStatus;
import jp.shomu.ledger.domain.centre.Incident;
import jp.shomu.ledger.domain.centre.IncidentKind;
import jp.shomu.ledger.domain.centre.IncidentStatus;
import jp.shomu.ledger.domain.centre.Meeting;
import jp.shomu.ledger.service.centre.DeliverableService;
import jp.shomu.ledger.service.centre.ImprovementService;
import jp.shomu.ledger.service.centre.IncidentService;
import jp.shomu.ledger.service.centre.MeetingService;
import jp.shomu.ledger.testing.LedgerFixture;
import org.junit.jupiter.api.Test;

/**
 * A leader sees a personal-information incident flagged above the work until it is reported to the city, and keeps
 * incidents, improvements, meetings and deliverables in the センター業務 tab. With -Dcentre.screens=DIR the window is
 * also saved as PNG there (docs/CENTRE.md).
 */
class CentreUiTest extends CentreWindowTest {
    @Override
    void prepare(LedgerFixture fixture) {
        new IncidentService(fixture.ctx)
                .add(
                        fixture.op1,
                        IncidentKind.PERSONAL_INFORMATION,
                        LocalDateTime.of(2027, 4, 12, 9, 30),
                        "証明書の誤送付(1件)",
                        false);
        new IncidentService(fixture.ctx)
                .add(fixture.op1, IncidentKind.POWER_OUTAGE, LocalDateTime.of(2027, 4, 9, 14, 0), "計画停電(1時間)", false);
        delayedCase = fixture.allowanceCase(fixture.op1, "通勤手当 新規認定 見本花子");
        new ImprovementService(fixture.ctx).add(fixture.leader, "証明書発行の様式統一", "", List.of("2-6"), 6000L, null);
        new MeetingService(fixture.ctx).add(fixture.leader, LocalDate.of(2027, 4, 8), "市 総務課長、管理責任者");
    }

    private long delayedCase;

    @Test
    void thePersonalInformationFlagStaysUntilReportedAndTheTabsKeepTheRecords() throws Exception {
        Label flag = lookup("#centre-personal-alert").query();
        waitUntil(() -> flag.isVisible());
        assertTrue(flag.getText().contains("個人情報に関わる事案 1件が市へ未報告"), flag.getText());
        Label due = lookup("#centre-due-alert").query();
        assertTrue(due.isVisible(), "the contract's first deliverables are overdue in the fixture");
        click("#open-centre");
        TableView<?> incidents = lookup("#centre-incidents").query();
        waitUntil(() -> incidents.getItems().size() == 2);
        screenshot("centre-incidents.png");

        interact(() -> incidents.getSelectionModel().select(0));
        click("#centre-report-incident");
        waitUntil(() -> !flag.isVisible());
        assertTrue(text("#centre-status").contains("市へ報告済にしました"), text("#centre-status"));

        TabPane tabs = lookup("#centre-tabs").query();
        interact(() -> tabs.getSelectionModel().select(3));
        settle();
        TableView<?> deliverables = lookup("#centre-deliverables").query();
        waitUntil(() -> !deliverables.getItems().isEmpty());
        interact(() -> deliverables.getSelectionModel().select(0));
        settle();
        screenshot("centre-deliverables.png");
        assertFalse(deliverables.getItems().isEmpty());
        assertEquals("leader", workbench.viewModel().session().user().login());
    }

    @Test
    void anIncidentsHandlingAndImpactAreEditedAndClosingItAsksFirst() throws Exception {
        openCentreAt1366();
        TableView<Incident> incidents = lookup("#centre-incidents").query();
        waitUntil(() -> incidents.getItems().size() == 2);
        interact(() -> incidents.getSelectionModel().select(1)); // the power cut
        settle();
        type("#centre-incident-reported", "2027-04-09 14:20");
        type("#centre-incident-types", "2-2");
        type("#centre-incident-cases", Long.toString(delayedCase));
        type("#centre-incident-impact", "受付を1時間停止");
        type("#centre-incident-actions", "非常用電源で端末を再起動し、受付を再開");
        type("#centre-incident-recovered", "2027-04-09 15:05");
        type("#centre-incident-cause", "庁舎の計画停電の周知漏れ");
        type("#centre-incident-prevention", "計画停電の予定を月初の朝礼で共有する");
        choose("#centre-incident-status", IncidentStatus.CLOSED);
        screenshot("centre-incident-edit.png");
        clickOn("#centre-incident-save");
        answer(ButtonBar.ButtonData.NO);
        Incident kept = new IncidentService(ledger.ctx)
                .get(ledger.leader, incidents.getItems().get(1).id());
        assertEquals(IncidentStatus.OPEN, kept.status(), "いいえ saves nothing");

        clickOn("#centre-incident-save");
        answer(ButtonBar.ButtonData.YES);
        waitForStatus("保存しました");
        Incident saved = new IncidentService(ledger.ctx).get(ledger.leader, kept.id());
        assertEquals(IncidentStatus.CLOSED, saved.status());
        assertEquals(List.of("2-2"), saved.impactTypes());
        assertEquals(List.of(delayedCase), saved.impactCases());
        assertEquals(LocalDateTime.of(2027, 4, 9, 14, 20), saved.reportedAt());
        assertEquals("計画停電の予定を月初の朝礼で共有する", saved.prevention());
        assertTrue(text("#centre-status").contains("市への報告 20分"), text("#centre-status"));
    }

    @Test
    void anImprovementMovesAlongItsWayAndTheMeasuredEffectEndsItAfterConfirmation() throws Exception {
        openCentreAt1366();
        selectTab(1);
        TableView<Improvement> table = lookup("#centre-improvements").query();
        waitUntil(() -> table.getItems().size() == 1);
        interact(() -> table.getSelectionModel().select(0));
        settle();
        for (ImprovementStatus next :
                List.of(ImprovementStatus.DISCUSSING, ImprovementStatus.ADOPTED, ImprovementStatus.IMPLEMENTED)) {
            choose("#centre-improvement-next", next);
            clickOn("#centre-improvement-apply");
            waitUntil(() -> table.getItems().get(0).status() == next);
        }
        choose("#centre-improvement-next", ImprovementStatus.MEASURED);
        type("#centre-improvement-measured", "5400");
        type("#centre-improvement-note", "4月・5月の実績から換算");
        screenshot("centre-improvement-edit.png");
        clickOn("#centre-improvement-apply");
        answer(ButtonBar.ButtonData.YES);
        waitUntil(() -> table.getItems().get(0).status() == ImprovementStatus.MEASURED);
        assertEquals(5400L, table.getItems().get(0).measuredMinutesPerYear());
        ComboBox<?> next = lookup("#centre-improvement-next").query();
        assertTrue(next.getItems().isEmpty(), "効果測定 ends its way");
    }

    @Test
    void aMeetingsMinutesAndTheirSubmissionAreEntered() throws Exception {
        openCentreAt1366();
        selectTab(2);
        TableView<Meeting> table = lookup("#centre-meetings").query();
        waitUntil(() -> table.getItems().size() == 1);
        interact(() -> table.getSelectionModel().select(0));
        settle();
        assertTrue(text("#centre-agenda").contains("危機管理事案"), text("#centre-agenda"));
        type("#centre-meeting-attendees", "市 総務課長 見本 一子、管理責任者 架空 次郎");
        type("#centre-minutes", "1. 3月の実績を報告し、了承された。\n2. 計画停電の周知方法を改める。");
        DatePicker submitted = lookup("#centre-meeting-submitted").query();
        interact(() -> submitted.setValue(LocalDate.of(2027, 4, 12)));
        screenshot("centre-meeting-edit.png");
        clickOn("#centre-meeting-save");
        waitForStatus("記録を保存しました");
        Meeting m = new MeetingService(ledger.ctx).all(ledger.leader).get(0);
        assertTrue(m.minutes().startsWith("1. 3月の実績を報告し"), m.minutes());
        assertTrue(m.attendees().contains("見本 一子"));
        Deliverable minutes = new DeliverableService(ledger.ctx).get(ledger.leader, m.deliverableId());
        assertEquals(DeliverableState.SUBMITTED, minutes.state());
        assertEquals(LocalDate.of(2027, 4, 12), minutes.submittedOn());
    }

    @Test
    void aDeliverableGetsTheCitysDateIsAcceptedAfterConfirmationAndOneIsAddedOnAChange() throws Exception {
        openCentreAt1366();
        selectTab(3);
        TableView<Deliverable> table = lookup("#centre-deliverables").query();
        waitUntil(() -> !table.getItems().isEmpty());
        interact(() -> table.getSelectionModel().select(0));
        settle();
        long id = table.getItems().get(0).id();
        DatePicker due = lookup("#centre-deliverable-due").query();
        interact(() -> due.setValue(LocalDate.of(2027, 4, 20)));
        clickOn("#centre-deliverable-set-due");
        waitUntil(() -> byId(table, id).basis() == DueBasis.CITY);
        assertEquals(LocalDate.of(2027, 4, 20), byId(table, id).due());
        DatePicker day = lookup("#centre-deliverable-day").query();
        interact(() -> day.setValue(LocalDate.of(2027, 4, 9)));
        clickOn("#centre-deliverable-submit");
        waitUntil(() -> byId(table, id).state() == DeliverableState.SUBMITTED);
        assertEquals(LocalDate.of(2027, 4, 9), byId(table, id).submittedOn());
        clickOn("#centre-deliverable-accept");
        answer(ButtonBar.ButtonData.YES);
        waitUntil(() -> byId(table, id).state() == DeliverableState.ACCEPTED);

        type("#centre-deliverable-name", "業務マニュアル(改訂)");
        type("#centre-deliverable-days", "5");
        DatePicker from = lookup("#centre-deliverable-from").query();
        interact(() -> from.setValue(LocalDate.of(2027, 4, 28)));
        clickOn("#centre-deliverable-add");
        waitUntil(() -> table.getItems().stream().anyMatch(d -> d.name().equals("業務マニュアル(改訂)")));
        Deliverable manual = table.getItems().stream()
                .filter(d -> d.name().equals("業務マニュアル(改訂)"))
                .findFirst()
                .orElseThrow();
        assertEquals(LocalDate.of(2027, 5, 11), manual.due(), "5 business days after 4/28, Golden Week skipped");
        assertEquals(DueBasis.RULE, manual.basis());
        interact(() -> {
            table.getSelectionModel().select(manual);
            table.scrollTo(manual);
        });
        settle();
        screenshot("centre-deliverable-edit.png");
    }

    @Test
    void theSlaAgreementIsRecordedFromTheApprovedTargetsAfterConfirmation() throws Exception {
        openCentreAt1366();
        selectTab(4);
        waitUntil(() -> text("#centre-sla-agreed").contains("2027年度の SLA 合意はまだ記録されていません"));
        type("#centre-sla-approver", "総務課長 見本 一子");
        clickOn("#centre-sla-agree");
        answer(ButtonBar.ButtonData.YES);
        waitUntil(() -> text("#centre-sla-agreed").contains("市の承認者 総務課長 見本 一子"));
        assertTrue(text("#centre-sla-items").contains("処理期限内処理率"), text("#centre-sla-items"));
        assertEquals("", text("#centre-sla-changed"));
        screenshot("centre-sla-agree.png");
    }

    private static Deliverable byId(TableView<Deliverable> table, long id) {
        return table.getItems().stream().filter(d -> d.id() == id).findFirst().orElseThrow();
    }
}
