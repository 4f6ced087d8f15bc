package jp.shomu.ledger.ui.caseform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import jp.shomu.ledger.domain.cases.CaseStatus;
import jp.shomu.ledger.domain.cases.PauseKind;
import jp.shomu.ledger.domain.cases.ReviewOutcome;
import jp.shomu.ledger.ui.caseform.CaseActionsViewModel.Step;
import jp.shomu.ledger.ui.caseform.flow.ReasonViewModel.Purpose;
import jp.shomu.ledger.ui.common.ViewModelFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaseActionsViewModelTest {
    @TempDir
    Path dir;

    private ViewModelFixture maker;
    private ViewModelFixture checker;

    @BeforeEach
    void setUp() {
        maker = new ViewModelFixture(dir, "op1");
        checker = maker.as("op2");
    }

    @AfterEach
    void tearDown() {
        checker.close();
        maker.close();
    }

    private static void tick(CaseFormViewModel form, String... items) {
        for (String item : items) {
            form.checklist()
                    .toggle(form.checklist().items().stream()
                            .filter(i -> i.item().id().equals(item))
                            .findFirst()
                            .orElseThrow());
        }
    }

    private CaseStatus status(long id) {
        return maker.session.cases().details(maker.me(), id).caseFile().status();
    }

    /** op1 works a 2-2 case up to 確認待ち through the form. */
    private long submitted() {
        long id = maker.ledger.allowanceCase(maker.ledger.op1, "通勤手当");
        CaseFormViewModel form = maker.form(id);
        assertTrue(form.actions().offeredProperty(Step.START).get());
        form.actions().start();
        tick(form, "c1", "c2", "c4", "c5");
        assertTrue(form.actions().offeredProperty(Step.SUBMIT).get());
        form.actions().submitForCheck();
        assertEquals(CaseStatus.AWAITING_CHECK, status(id));
        return id;
    }

    @Test
    void theMakerCannotDoTheDoubleCheck() {
        long id = submitted();
        CaseFormViewModel form = maker.form(id);
        assertTrue(form.actions().checkBlockedProperty().get());
        assertTrue(form.actions().hintProperty().get().contains("自分が処理した案件"));
        form.actions().doubleCheck();
        assertEquals(CaseStatus.AWAITING_CHECK, status(id));
        assertFalse(checker.form(id).actions().checkBlockedProperty().get());
    }

    @Test
    void aLeaderWhoMadeTheCaseCannotCheckItEither() {
        long id = maker.ledger.allowanceCase(maker.ledger.leader, "通勤手当");
        maker.ledger.workflow().start(maker.ledger.leader, id, 1);
        for (String item : List.of("c1", "c2", "c4", "c5")) {
            maker.ledger.workflow().tick(maker.ledger.leader, id, item, "");
        }
        maker.ledger.workflow().submitForCheck(maker.ledger.leader, id, 2);
        try (ViewModelFixture leader = maker.as("leader")) {
            assertTrue(leader.form(id).actions().checkBlockedProperty().get());
        }
    }

    @Test
    void aSendBackRecordsTheCategoryAndReturnsTheCaseToTheMaker() {
        long id = submitted();
        CaseFormViewModel form = checker.form(id);
        checker.dialogs.doubleCheck = vm -> {
            vm.outcomeProperty().set(ReviewOutcome.SENT_BACK);
            vm.categories().get(0).selected().set(true);
            vm.commentProperty().set("月額の計算が違います");
            return vm.confirmableProperty().get();
        };
        form.actions().doubleCheck();

        var d = checker.session.cases().details(checker.me(), id);
        assertEquals(CaseStatus.IN_PROGRESS, d.caseFile().status());
        assertEquals(ReviewOutcome.SENT_BACK, d.reviews().get(0).outcome());
        assertEquals(List.of("INPUT"), d.reviews().get(0).errorCategories());
        assertTrue(form.records().checks().get(0).detail().contains("入力誤り"));
    }

    @Test
    void approvalTicksTheCheckersItemsAndCompletionWaitsForTheRequiredOnes() {
        long id = submitted();
        checker.dialogs.doubleCheck = vm -> {
            vm.items().forEach(i -> i.selected().set(true));
            return vm.confirmableProperty().get();
        };
        checker.form(id).actions().doubleCheck();
        assertEquals(CaseStatus.CITY_APPROVAL, status(id));

        CaseFormViewModel form = maker.form(id);
        assertTrue(form.actions().offeredProperty(Step.COMPLETE).get());
        form.actions().complete();
        assertEquals(CaseStatus.CITY_APPROVAL, status(id));
        assertTrue(
                form.openCase().messageProperty().get().contains("市の決裁、台帳の消込み"),
                form.openCase().messageProperty().get());
        assertTrue(form.checklist().remainingProperty().get().contains("市の決裁"));

        tick(form, "c7", "c8");
        form.actions().complete();
        assertEquals(CaseStatus.DONE, status(id));
        assertEquals("", form.openCase().messageProperty().get());
    }

    @Test
    void aHoldRecordsToWhomAndTheAnswerOnResuming() {
        long id = maker.ledger.allowanceCase(maker.ledger.op1, "通勤手当");
        CaseFormViewModel form = maker.form(id);
        maker.dialogs.reason = vm -> {
            assertEquals(Purpose.HOLD, vm.purpose());
            vm.textProperty().set("通勤経路の認定は市の判断");
            assertFalse(vm.confirmableProperty().get());
            vm.addresseeProperty().set("人事課 給与係");
            return vm.confirmableProperty().get();
        };
        form.actions().hold();
        assertEquals(CaseStatus.ON_HOLD, status(id));
        assertTrue(form.actions().offeredProperty(Step.RESUME).get());
        assertTrue(form.header().slaProperty().get().text().contains("停止中"));

        maker.dialogs.reason = vm -> {
            assertEquals(Purpose.RESUME_HOLD, vm.purpose());
            assertTrue(vm.context().contains("人事課 給与係"));
            vm.textProperty().set("認定してよい");
            return true;
        };
        form.actions().resume();
        var pause = maker.session.cases().details(maker.me(), id).pauses().get(0);
        assertEquals(PauseKind.CITY_HOLD, pause.kind());
        assertEquals("人事課 給与係", pause.addressee());
        assertEquals("認定してよい", pause.answer());
        assertEquals(CaseStatus.RECEIVED, status(id));
    }

    @Test
    void statusStepsWaitUntilEditsAreSaved() {
        long id = maker.ledger.allowanceCase(maker.ledger.op1, "通勤手当");
        CaseFormViewModel form = maker.form(id);
        form.subjectProperty().set("通勤手当(修正中)");
        assertFalse(form.actions().offeredProperty(Step.START).get());
        assertTrue(form.actions().hintProperty().get().contains("保存"));
        form.save();
        assertTrue(form.actions().offeredProperty(Step.START).get());
    }

    @Test
    void afterASendBackOnlyTheMakersFormOffersTheMakersSteps() {
        long id = submitted();
        checker.dialogs.doubleCheck = vm -> {
            vm.outcomeProperty().set(ReviewOutcome.SENT_BACK);
            vm.categories().get(0).selected().set(true);
            vm.commentProperty().set("月額の計算が違います");
            return vm.confirmableProperty().get();
        };
        checker.form(id).actions().doubleCheck();
        assertEquals(CaseStatus.IN_PROGRESS, status(id));

        CaseFormViewModel checkersForm = checker.form(id);
        for (Step step : List.of(Step.SUBMIT, Step.HOLD, Step.INQUIRY, Step.WITHDRAW, Step.START, Step.CHECK)) {
            assertFalse(checkersForm.actions().offeredProperty(step).get(), step.name());
        }
        assertFalse(checkersForm.editableProperty().get(), "the checker may not edit the maker's case");

        CaseFormViewModel makersForm = maker.form(id);
        for (Step step : List.of(Step.SUBMIT, Step.HOLD, Step.INQUIRY, Step.WITHDRAW)) {
            assertTrue(makersForm.actions().offeredProperty(step).get(), step.name());
        }
        assertTrue(makersForm.editableProperty().get());

        try (ViewModelFixture leader = maker.as("leader")) {
            CaseFormViewModel leadersForm = leader.form(id);
            assertTrue(leadersForm.actions().offeredProperty(Step.HOLD).get());
            assertTrue(leadersForm.actions().offeredProperty(Step.WITHDRAW).get());
        }
    }
}
