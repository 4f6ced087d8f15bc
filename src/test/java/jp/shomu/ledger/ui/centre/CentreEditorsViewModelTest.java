package jp.shomu.ledger.ui.centre;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import jp.shomu.ledger.domain.calendar.JapanTime;
import jp.shomu.ledger.service.LedgerContext;
import jp.shomu.ledger.service.centre.MeetingService;
import jp.shomu.ledger.service.centre.SlaAgreementService;
import jp.shomu.ledger.service.workplace.DraftStore;
import jp.shomu.ledger.service.workplace.SignIn;
import jp.shomu.ledger.ui.common.CurrentThreadTaskExecutor;
import jp.shomu.ledger.ui.common.LedgerWatcher;
import jp.shomu.ledger.ui.common.ScriptedDialogs;
import jp.shomu.ledger.ui.common.Session;
import jp.shomu.ledger.ui.common.ViewModelFixture;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The centre tab's one-step meeting material, and the SLA agreement's missed months with a measure entered. */
class CentreEditorsViewModelTest {
    @TempDir
    Path dir;

    @Test
    void theMeetingMaterialIsWrittenToTheChosenFileInOneStepAndOpenedWhenTheManagerSaysSo() throws Exception {
        try (ViewModelFixture f = new ViewModelFixture(dir, "leader")) {
            new MeetingService(f.ctx).add(f.me(), LocalDate.of(2027, 4, 8), "市 総務課長、管理責任者");
            CentreViewModel vm = new CentreViewModel(f.session, f.executor, f.dialogs, () -> {});
            vm.refresh();
            vm.selectedMeetingProperty().set(vm.meetings().get(0));
            Path file = dir.resolve("資料.xlsx");
            f.dialogs.saveFile = Optional.of(file);
            vm.meetingEditor().printMaterial();
            assertEquals("定例会資料_2027-04-08.xlsx", f.dialogs.suggestedName);
            assertEquals(List.of(file), f.dialogs.opened);
            assertTrue(vm.statusProperty().get().contains("定例会資料を作成しました"));
            try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(file))) {
                assertEquals(
                        PrintSetup.A4_PAPERSIZE,
                        wb.getSheetAt(0).getPrintSetup().getPaperSize());
            }

            f.dialogs.confirmAnswer = false;
            Files.delete(file);
            vm.meetingEditor().printMaterial();
            assertTrue(Files.exists(file), "written again");
            assertEquals(1, f.dialogs.opened.size(), "not opened when the manager says no");

            f.dialogs.saveFile = Optional.empty();
            Files.delete(file);
            vm.meetingEditor().printMaterial();
            assertFalse(Files.exists(file), "nothing written when the save dialog is cancelled");
        }
    }

    @Test
    void aMonthThatMissedATargetIsListedWithTheMeasureEnteredAgainstIt() throws Exception {
        try (ViewModelFixture f = new ViewModelFixture(dir, "leader")) {
            // a case received in April and still open when it was due: April misses the overdue target
            f.ledger.allowanceCase(f.ledger.op1, "通勤手当 新規認定 見本花子");
            Clock june = Clock.fixed(Instant.parse("2027-06-15T01:00:00Z"), JapanTime.ZONE);
            try (LedgerContext ctx = LedgerContext.open(f.ledger.file, june);
                    LedgerWatcher watcher = new LedgerWatcher(ctx, Duration.ofDays(1), Runnable::run)) {
                SignIn.Result signIn = SignIn.of(ctx, "leader");
                Session session = new Session(
                        ctx,
                        watcher,
                        signIn.user().orElseThrow(),
                        signIn.roster(),
                        true,
                        new DraftStore(dir.resolve("june-drafts")));
                ScriptedDialogs dialogs = new ScriptedDialogs();
                CentreViewModel vm = new CentreViewModel(session, new CurrentThreadTaskExecutor(), dialogs, () -> {});
                SlaAgreementViewModel sla = vm.slaAgreement();
                sla.refresh();
                var april = sla.missed().stream()
                        .filter(m -> m.month().equals(YearMonth.of(2027, 4)))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError("missed: " + sla.missed()));
                assertTrue(april.measures().isEmpty());
                sla.selectedMissedProperty().set(april);
                sla.measureProperty().set("期限の3営業日前に担当者へ通知する");
                sla.recordMeasure();
                assertTrue(sla.missed().stream()
                        .anyMatch(m -> m.month().equals(april.month())
                                && m.item().equals(april.item())
                                && m.measures().size() == 1
                                && m.measures().get(0).measure().equals("期限の3営業日前に担当者へ通知する")));
                assertEquals(
                        1,
                        new SlaAgreementService(ctx)
                                .measures(session.user(), YearMonth.of(2027, 4))
                                .size());

                dialogs.confirmAnswer = false;
                sla.approverProperty().set("総務課長 見本 一子");
                sla.agree();
                assertTrue(
                        new SlaAgreementService(ctx)
                                .forYear(session.user(), 2027)
                                .isEmpty(),
                        "いいえ: nothing");
                dialogs.confirmAnswer = true;
                sla.agree();
                assertTrue(sla.agreementProperty().get().contains("総務課長 見本 一子"));
            }
        }
    }
}
