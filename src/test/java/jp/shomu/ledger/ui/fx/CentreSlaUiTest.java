package jp.shomu.ledger.ui.fx;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import javafx.scene.control.TableView;
import jp.shomu.ledger.domain.calendar.JapanTime;
import jp.shomu.ledger.service.centre.SlaAgreementService;
import jp.shomu.ledger.service.centre.SlaAgreementService.MissedTarget;
import jp.shomu.ledger.testing.LedgerFixture;
import org.junit.jupiter.api.Test;

/**
 * In June 2027, the SLA tab lists April's missed target (a case left open past its due date) and takes an
 * improvement measure for it from the keyboard.
 */
class CentreSlaUiTest extends CentreWindowTest {
    @Override
    Clock clock() {
        return Clock.fixed(Instant.parse("2027-06-15T01:00:00Z"), JapanTime.ZONE);
    }

    @Override
    void prepare(LedgerFixture fixture) {
        fixture.allowanceCase(fixture.op1, "通勤手当 新規認定 見本花子");
        new SlaAgreementService(fixture.ctx)
                .record(
                        fixture.leader,
                        2027,
                        "処理期限内処理率: 100%以上\n期限超過件数: 0件以下",
                        LocalDate.of(2027, 3, 25),
                        "総務課長 見本 一子",
                        null);
    }

    @Test
    void aMissedMonthTakesAnImprovementMeasure() throws Exception {
        openCentreAt1366();
        selectTab(4);
        TableView<MissedTarget> missed = lookup("#centre-sla-missed").query();
        waitUntil(() -> !missed.getItems().isEmpty());
        assertTrue(text("#centre-sla-agreed").contains("合意日 2027-03-25"), text("#centre-sla-agreed"));
        interact(() -> missed.getSelectionModel().select(0));
        waitUntil(() -> !lookup("#centre-sla-record-measure").query().isDisabled());
        type("#centre-sla-measure", "期限の3営業日前に担当者と業務責任者へ通知する");
        clickOn("#centre-sla-record-measure");
        waitForStatus("改善策を記録しました");
        waitUntil(() -> missed.getItems().stream()
                .anyMatch(m -> m.measures().stream().anyMatch(x -> x.measure().equals("期限の3営業日前に担当者と業務責任者へ通知する"))));
        interact(() -> missed.getSelectionModel().select(0));
        settle();
        screenshot("centre-sla.png");
    }
}
