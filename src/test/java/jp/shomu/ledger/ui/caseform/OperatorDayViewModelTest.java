package jp.shomu.ledger.ui.caseform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import jp.shomu.ledger.domain.cases.CaseStatus;
import jp.shomu.ledger.domain.cases.ReviewOutcome;
import jp.shomu.ledger.domain.staff.StaffMember;
import jp.shomu.ledger.ui.caseform.CaseActionsViewModel.Step;
import jp.shomu.ledger.ui.common.ViewModelFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 14 in the view models: why a case came back, 確認依頼 with a note and a checker, a word after each step. */
class OperatorDayViewModelTest {
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

    private long started() {
        long id = maker.ledger.allowanceCase(maker.ledger.op1, "通勤手当");
        CaseFormViewModel form = maker.form(id);
        form.actions().start();
        for (String item : new String[] {"c1", "c2", "c4", "c5"}) {
            form.checklist()
                    .toggle(form.checklist().items().stream()
                            .filter(i -> i.item().id().equals(item))
                            .findFirst()
                            .orElseThrow());
        }
        return id;
    }

    private void sendBack(long id) {
        checker.dialogs.doubleCheck = vm -> {
            vm.outcomeProperty().set(ReviewOutcome.SENT_BACK);
            vm.categories().stream()
                    .filter(c -> c.category().label().equals("入力誤り"))
                    .findFirst()
                    .orElseThrow()
                    .selected()
                    .set(true);
            vm.commentProperty().set("月額の計算を確認してください");
            return true;
        };
        checker.form(id).actions().doubleCheck();
    }

    @Test
    void submitCarriesTheNoteAndTheNamedCheckerAndSaysItWentThrough() {
        long id = started();
        CaseFormViewModel form = maker.form(id);
        maker.dialogs.submit = vm -> {
            assertTrue(vm.checkers().stream().noneMatch(s -> s.login().equals("op1")), "never the maker");
            assertTrue(vm.checkers().stream().noneMatch(s -> s.login().equals("auditor")), "only who may check");
            StaffMember op2 = vm.checkers().stream()
                    .filter(s -> s.login().equals("op2"))
                    .findFirst()
                    .orElseThrow();
            vm.checkerProperty().set(op2);
            vm.textProperty().set("扶養親族の所得を確認してください");
            return true;
        };
        form.actions().submitForCheck();
        var details = maker.session.cases().details(maker.me(), id);
        assertEquals(CaseStatus.AWAITING_CHECK, details.caseFile().status());
        String comment = details.comments().get(details.comments().size() - 1).body();
        assertTrue(comment.contains("確認者: " + maker.ledger.op2.name()), comment);
        assertTrue(comment.contains("扶養親族の所得を確認してください"), comment);
        assertTrue(form.openCase().noticeProperty().get().startsWith("確認依頼しました"));
    }

    @Test
    void cancellingTheSubmitDialogLeavesTheCaseAsItWas() {
        long id = started();
        CaseFormViewModel form = maker.form(id);
        maker.dialogs.submit = vm -> false;
        form.actions().submitForCheck();
        assertEquals(
                CaseStatus.IN_PROGRESS,
                maker.session.cases().details(maker.me(), id).caseFile().status());
        assertEquals("", form.openCase().noticeProperty().get());
    }

    @Test
    void theSendBackReasonShowsInTheHeaderUntilTheCaseIsAskedAgain() {
        long id = started();
        maker.form(id).actions().submitForCheck();
        sendBack(id);
        CaseFormViewModel form = maker.form(id);
        String reason = form.header().sendBackTextProperty().get();
        assertTrue(reason.contains("入力誤り"), reason);
        assertTrue(reason.contains("月額の計算を確認してください"), reason);
        assertTrue(reason.contains(maker.ledger.op2.name()), reason);
        form.actions().submitForCheck();
        assertEquals("", form.header().sendBackTextProperty().get());
    }

    @Test
    void aNewCaseShowsNoSendBack() {
        long id = started();
        assertEquals("", maker.form(id).header().sendBackTextProperty().get());
        assertTrue(maker.form(id).actions().offeredProperty(Step.SUBMIT).get());
        assertFalse(maker.form(id).header().sendBackTextProperty().get().contains("差戻し"));
    }
}
