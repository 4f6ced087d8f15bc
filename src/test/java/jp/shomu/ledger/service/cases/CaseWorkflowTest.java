package jp.shomu.ledger.service.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.shomu.ledger.domain.cases.CaseAction;
import jp.shomu.ledger.domain.cases.CaseConflictException;
import jp.shomu.ledger.domain.cases.CaseFile;
import jp.shomu.ledger.domain.cases.CaseStatus;
import jp.shomu.ledger.domain.cases.InvalidInputException;
import jp.shomu.ledger.domain.cases.PauseKind;
import jp.shomu.ledger.domain.cases.ReviewOutcome;
import jp.shomu.ledger.domain.staff.PermissionDeniedException;
import jp.shomu.ledger.domain.staff.StaffMember;
import jp.shomu.ledger.service.LedgerContext;
import jp.shomu.ledger.service.TestLedger;
import jp.shomu.ledger.store.audit.LedgerVerifier;
import jp.shomu.ledger.testing.TestBackend;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The status flow of a 2-2 allowance case, with its double check, as the specification describes it. */
class CaseWorkflowTest {
    @TempDir
    Path dir;

    private LedgerContext ctx;
    private CaseService cases;
    private CaseWorkflow flow;
    private StaffMember maker;
    private StaffMember checker;

    @BeforeEach
    void setUp() {
        ctx = TestLedger.create(dir);
        cases = new CaseService(ctx);
        flow = new CaseWorkflow(ctx);
        maker = ctx.whoIs("op1");
        checker = ctx.whoIs("op2");
    }

    @AfterEach
    void close() {
        ctx.close();
    }

    private long newAllowanceCase() {
        return cases.create(
                maker,
                "2-2",
                "通勤手当 新規認定",
                Map.of(
                        "手当種別",
                        "通勤",
                        "認定区分",
                        "新規",
                        "対象職員",
                        "99123456",
                        "事実発生日",
                        "R9.4.1",
                        "届出受理日",
                        "令和9年4月12日",
                        "書類完備日",
                        "2027-04-12"));
    }

    private CaseFile get(long id) {
        return cases.details(maker, id).caseFile();
    }

    private void tickMakerSteps(long id) {
        for (String item : List.of("c1", "c2", "c4", "c5")) {
            flow.tick(maker, id, item, "");
        }
    }

    @Test
    void aNewCaseIsDueThreeBusinessDaysAfterTheDocumentsWereComplete() {
        CaseFile c = get(newAllowanceCase());
        assertEquals(CaseStatus.RECEIVED, c.status());
        assertEquals(LocalDate.of(2027, 4, 15), c.dueOn());
        assertEquals(LocalDate.of(2027, 4, 14), c.warnOn());
        assertEquals(maker.id(), c.assigneeId());
    }

    @Test
    void theWholeFlowWithASendBackEndsDone() {
        long id = newAllowanceCase();
        long v = flow.start(maker, id, 1);
        tickMakerSteps(id);
        v = flow.submitForCheck(maker, id, v);
        v = flow.sendBack(checker, id, v, List.of("計算誤り"), "月額の計算を確認してください");
        CaseFile sentBack = get(id);
        assertEquals(CaseStatus.IN_PROGRESS, sentBack.status());
        assertEquals(1, sentBack.sendBackCount());
        v = cases.update(maker, id, v, null, Map.of("monthlyAmount", "12,340"));
        v = flow.submitForCheck(maker, id, v);
        flow.tick(checker, id, "c6", "");
        v = flow.approve(checker, id, v, "");
        CaseFile approved = get(id);
        assertEquals(CaseStatus.CITY_APPROVAL, approved.status(), "the city's 決裁 (c7) is still open");
        assertEquals(LocalDate.of(2027, 4, 12), approved.centreDoneOn());
        flow.tick(maker, id, "c7", "市決裁済");
        flow.tick(maker, id, "c8", "");
        flow.complete(maker, id, v);
        CaseFile done = get(id);
        assertEquals(CaseStatus.DONE, done.status());
        assertNotNull(done.completedOn());
        var reviews = cases.details(maker, id).reviews();
        assertEquals(
                List.of(ReviewOutcome.SENT_BACK, ReviewOutcome.APPROVED),
                reviews.stream().map(r -> r.outcome()).toList());
        assertEquals(List.of("CALCULATION"), reviews.get(0).errorCategories());
        assertTrue(LedgerVerifier.verify(ctx.ledger()).ok());
    }

    @Test
    void theMakerCannotCheckOrApproveTheirOwnCase() {
        long id = newAllowanceCase();
        long v = flow.start(maker, id, 1);
        tickMakerSteps(id);
        long submitted = flow.submitForCheck(maker, id, v);
        assertThrows(PermissionDeniedException.class, () -> flow.tick(maker, id, "c6", ""));
        assertThrows(PermissionDeniedException.class, () -> flow.approve(maker, id, submitted, ""));
        assertThrows(
                PermissionDeniedException.class,
                () -> flow.sendBack(maker, id, submitted, List.of("INPUT"), "自分で差し戻し"));
    }

    @Test
    void aLeaderWhoMadeTheCaseCannotApproveItEither() {
        StaffMember leader = ctx.whoIs("leader");
        long id = cases.create(leader, "1-2", "住所変更届", Map.of("届出種別", "住所変更"));
        CaseFile c = get(id);
        assertEquals(leader.id(), c.assigneeId());
        assertThrows(PermissionDeniedException.class, () -> flow.tick(leader, id, secondPersonItem("1-2"), ""));
    }

    @Test
    void aSecondOperatorWhoDidTheMakersWorkCannotCheckOrApproveTheCase() {
        StaffMember leader = ctx.whoIs("leader");
        long id = newAllowanceCase(); // op1's case: op1 registered it and is its assignee
        long v = flow.assign(leader, id, 1, checker.id()); // op2 works it first ...
        v = flow.start(checker, id, v);
        for (String item : List.of("c1", "c2", "c4", "c5")) {
            flow.tick(checker, id, item, "");
        }
        v = flow.assign(leader, id, v, maker.id()); // ... then it goes back to op1, who asks for the check
        long submitted = flow.submitForCheck(maker, id, v);
        PermissionDeniedException tick =
                assertThrows(PermissionDeniedException.class, () -> flow.tick(checker, id, "c6", ""));
        assertTrue(tick.getMessage().contains("ダブルチェックはできません"), tick.getMessage());
        flow.tick(ctx.whoIs("leader"), id, "c6", "");
        PermissionDeniedException approve =
                assertThrows(PermissionDeniedException.class, () -> flow.approve(checker, id, submitted, "確認しました"));
        assertTrue(approve.getMessage().contains("ダブルチェックはできません"), approve.getMessage());
        assertEquals(CaseStatus.AWAITING_CHECK, get(id).status());
        flow.approve(ctx.whoIs("leader"), id, submitted, "");
        assertEquals(CaseStatus.CITY_APPROVAL, get(id).status(), "someone who did none of the work may approve");
    }

    @Test
    void aLeaderWhoEditedTheCaseSinceTheLastApprovalCannotApproveIt() {
        StaffMember leader = ctx.whoIs("leader");
        long id = newAllowanceCase();
        long v = flow.start(maker, id, 1);
        tickMakerSteps(id);
        v = cases.update(leader, id, v, null, Map.of("monthlyAmount", "12,340"));
        long submitted = flow.submitForCheck(maker, id, v);
        flow.tick(checker, id, "c6", "");
        assertThrows(PermissionDeniedException.class, () -> flow.approve(leader, id, submitted, ""));
        flow.approve(checker, id, submitted, "");
        assertEquals(CaseStatus.CITY_APPROVAL, get(id).status());
    }

    private String secondPersonItem(String type) {
        return ctx.catalog().taskType(type).orElseThrow().checklist().stream()
                .filter(i -> i.secondPerson())
                .findFirst()
                .orElseThrow()
                .id();
    }

    @Test
    void aSendBackNeedsAnErrorCategoryAndAComment() {
        long id = newAllowanceCase();
        long v = flow.start(maker, id, 1);
        tickMakerSteps(id);
        long submitted = flow.submitForCheck(maker, id, v);
        InvalidInputException noCategory =
                assertThrows(InvalidInputException.class, () -> flow.sendBack(checker, id, submitted, List.of(), "理由"));
        assertTrue(noCategory.getMessage().contains("分類"));
        assertThrows(InvalidInputException.class, () -> flow.sendBack(checker, id, submitted, List.of("INPUT"), " "));
        assertThrows(
                InvalidInputException.class, () -> flow.sendBack(checker, id, submitted, List.of("存在しない分類"), "理由"));
        assertEquals(CaseStatus.AWAITING_CHECK, get(id).status());
    }

    @Test
    void requiredFieldsAndStepsBlockTheWayWithTheirNames() {
        long id = cases.create(maker, "2-2", "扶養手当", Map.of("手当種別", "扶養"));
        long v = flow.start(maker, id, 1);
        InvalidInputException fields =
                assertThrows(InvalidInputException.class, () -> flow.submitForCheck(maker, id, v));
        assertTrue(fields.getMessage().contains("認定区分") && fields.getMessage().contains("事実発生日"), fields.getMessage());
        long v2 = cases.update(
                maker,
                id,
                v,
                null,
                Map.of("認定区分", "新規", "対象職員", "99000001", "事実発生日", "2027-04-01", "届出受理日", "2027-04-12"));
        flow.tick(maker, id, "c1", "");
        InvalidInputException steps =
                assertThrows(InvalidInputException.class, () -> flow.submitForCheck(maker, id, v2));
        assertTrue(steps.getMessage().contains("添付書類"), steps.getMessage());
    }

    @Test
    void completionIsBlockedUntilEveryRequiredItemIsTicked() {
        long id = newAllowanceCase();
        long v = flow.start(maker, id, 1);
        tickMakerSteps(id);
        v = flow.submitForCheck(maker, id, v);
        flow.tick(checker, id, "c6", "");
        long approved = flow.approve(checker, id, v, "");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> flow.complete(maker, id, approved));
        assertTrue(e.getMessage().contains("市の決裁") && e.getMessage().contains("台帳の消込み"), e.getMessage());
    }

    @Test
    void anInquiryStopsTheClockAndPushesTheDueDate() {
        long id = newAllowanceCase();
        long v = flow.pause(maker, id, 1, PauseKind.REQUESTER, "添付書類の不足", "");
        CaseFile paused = get(id);
        assertEquals(CaseStatus.WAITING_REQUESTER, paused.status());
        ctx.close();
        // two business days later (Wednesday 2027-04-14) the documents arrive
        ctx = new LedgerContext(TestBackend.open(
                dir.resolve("test.db"), java.time.Clock.offset(TestLedger.CLOCK, java.time.Duration.ofDays(2))));
        long resumed = new CaseWorkflow(ctx).resume(maker, id, v, "書類の提出あり");
        CaseFile c = new CaseService(ctx).details(maker, id).caseFile();
        assertEquals(CaseStatus.RECEIVED, c.status());
        assertNull(c.statusBeforePause());
        // counted from Monday 4/12: Tuesday 4/13 was paused and does not count, so Wed, Thu, Fri
        assertEquals(LocalDate.of(2027, 4, 16), c.dueOn());
        assertTrue(resumed > v);
    }

    @Test
    void aHoldNeedsToWhomItWasSent() {
        long id = newAllowanceCase();
        assertThrows(InvalidInputException.class, () -> flow.pause(maker, id, 1, PauseKind.CITY_HOLD, "要件の判断", ""));
        flow.pause(maker, id, 1, PauseKind.CITY_HOLD, "要件の判断", "見本局 人事課");
        assertEquals(CaseStatus.ON_HOLD, get(id).status());
        assertEquals("見本局 人事課", cases.details(maker, id).pauses().get(0).addressee());
    }

    @Test
    void anOldVersionIsAConflictCarryingTheCurrentValues() {
        long id = newAllowanceCase();
        cases.update(maker, id, 1, null, Map.of("月額", "5000"));
        CaseConflictException e = assertThrows(
                CaseConflictException.class, () -> cases.update(checker, id, 1, null, Map.of("月額", "7000")));
        assertEquals(2, e.currentVersion());
        assertEquals("5000", e.current().field("monthlyAmount"));
        assertEquals("5000", get(id).field("monthlyAmount"));
    }

    @Test
    void anAuditorMayReadButNotChange() {
        long id = newAllowanceCase();
        StaffMember auditor = ctx.whoIs("audit");
        assertEquals("通勤手当 新規認定", cases.details(auditor, id).caseFile().subject());
        assertThrows(PermissionDeniedException.class, () -> cases.create(auditor, "2-2", "x", Map.of()));
        assertThrows(PermissionDeniedException.class, () -> flow.tick(auditor, id, "c1", ""));
    }

    @Test
    void aMyNumberIsRefusedAnywhere() {
        // 123456789018: a number whose check digit is valid under the 個人番号 rule
        assertThrows(InvalidInputException.class, () -> cases.create(maker, "2-2", "番号 1234 5678 9018", Map.of()));
        long id = newAllowanceCase();
        assertThrows(InvalidInputException.class, () -> flow.comment(maker, id, "個人番号は１２３４－５６７８－９０１８"));
        assertThrows(
                InvalidInputException.class, () -> cases.update(maker, id, 1, null, Map.of("通勤経路", "123456789018")));
        flow.comment(maker, id, "受付番号 123456789012 で照会");
        assertEquals(1, cases.details(maker, id).comments().size());
    }

    @Test
    void aCheckerWhoSentTheCaseBackCannotSubmitHoldOrWithdrawIt() {
        long id = newAllowanceCase();
        long v = flow.start(maker, id, 1);
        for (String item : List.of("c1", "c2", "c4", "c5")) {
            flow.tick(maker, id, item, "");
        }
        v = flow.submitForCheck(maker, id, v);
        long back = flow.sendBack(checker, id, v, List.of("INPUT"), "月額を確認してください");
        CaseFile sentBack = get(id);

        Set<CaseAction> checkers = CaseWorkflow.allowedActions(checker, sentBack);
        for (CaseAction a :
                List.of(CaseAction.SUBMIT, CaseAction.HOLD, CaseAction.INQUIRY, CaseAction.WITHDRAW, CaseAction.EDIT)) {
            assertFalse(checkers.contains(a), a + " " + checkers);
        }
        assertTrue(CaseWorkflow.allowedActions(maker, sentBack)
                .containsAll(Set.of(CaseAction.SUBMIT, CaseAction.HOLD, CaseAction.INQUIRY, CaseAction.WITHDRAW)));
        assertTrue(CaseWorkflow.allowedActions(ctx.whoIs("leader"), sentBack)
                .containsAll(Set.of(CaseAction.SUBMIT, CaseAction.HOLD, CaseAction.WITHDRAW)));

        PermissionDeniedException submit =
                assertThrows(PermissionDeniedException.class, () -> flow.submitForCheck(checker, id, back));
        assertTrue(submit.getMessage().contains("「確認依頼」ができるのは担当者本人か業務責任者・管理責任者"), submit.getMessage());
        assertThrows(
                PermissionDeniedException.class,
                () -> flow.pause(checker, id, back, PauseKind.CITY_HOLD, "市の判断", "人事課"));
        assertThrows(
                PermissionDeniedException.class, () -> flow.pause(checker, id, back, PauseKind.REQUESTER, "書類不足", ""));
        assertThrows(PermissionDeniedException.class, () -> flow.withdraw(checker, id, back, "取下げ"));
        assertThrows(PermissionDeniedException.class, () -> cases.update(checker, id, back, "通勤手当 修正", Map.of()));
        assertEquals(back, get(id).version(), "nothing the checker tried was saved");

        long held = flow.pause(ctx.whoIs("leader"), id, back, PauseKind.CITY_HOLD, "市の判断", "人事課 給与係");
        assertThrows(PermissionDeniedException.class, () -> flow.resume(checker, id, held, "回答あり"));
        long resumed = flow.resume(maker, id, held, "認定してよい");
        flow.submitForCheck(maker, id, resumed);
        assertEquals(CaseStatus.AWAITING_CHECK, get(id).status());
    }

    @Test
    void anUnassignedCaseMayBeWorkedByAnyone() {
        StaffMember other = ctx.whoIs("op2");
        long id = newAllowanceCase();
        CaseFile unassigned = get(id).withAssignee(null);
        assertTrue(CaseWorkflow.allowedActions(other, unassigned)
                .containsAll(Set.of(CaseAction.START, CaseAction.EDIT, CaseAction.HOLD, CaseAction.WITHDRAW)));
        assertFalse(CaseWorkflow.allowedActions(other, get(id)).contains(CaseAction.START));
    }
}
