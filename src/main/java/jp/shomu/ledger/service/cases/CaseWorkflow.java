package jp.shomu.ledger.service.cases;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import jp.shomu.ledger.domain.cases.CaseAction;
import jp.shomu.ledger.domain.cases.CaseFile;
import jp.shomu.ledger.domain.cases.CasePause;
import jp.shomu.ledger.domain.cases.CaseRules;
import jp.shomu.ledger.domain.cases.CaseStatus;
import jp.shomu.ledger.domain.cases.CaseStep;
import jp.shomu.ledger.domain.cases.ChecklistTick;
import jp.shomu.ledger.domain.cases.FourEyes;
import jp.shomu.ledger.domain.cases.InvalidInputException;
import jp.shomu.ledger.domain.cases.PauseKind;
import jp.shomu.ledger.domain.cases.ReviewOutcome;
import jp.shomu.ledger.domain.catalog.ChecklistItem;
import jp.shomu.ledger.domain.catalog.TaskType;
import jp.shomu.ledger.domain.staff.Action;
import jp.shomu.ledger.domain.staff.PermissionDeniedException;
import jp.shomu.ledger.domain.staff.Permissions;
import jp.shomu.ledger.domain.staff.StaffMember;
import jp.shomu.ledger.service.FieldInput;
import jp.shomu.ledger.service.LedgerContext;
import jp.shomu.ledger.store.cases.CaseActivityRepository;
import jp.shomu.ledger.store.cases.CaseStepQueries;

/**
 * Moves cases through their status flow — start, ask for the double check, approve or send back, pause and
 * resume, complete, withdraw, reopen — and records checklist ticks. Each call names the version it started from.
 */
public final class CaseWorkflow {
    private final LedgerContext ctx;

    public CaseWorkflow(LedgerContext ctx) {
        this.ctx = ctx;
    }

    /** 受付 → 処理中. */
    public long start(StaffMember actor, long id, long version) {
        return change(actor, Action.EDIT_CASE, id, version, m -> {
            CaseRules.requireMayDo(actor, m.current(), CaseAction.START);
            CaseRules.requireTransition(m.current().status(), CaseStatus.IN_PROGRESS);
            requireNotPausedReturn(m.current());
            CaseFile c = m.current().withStatus(CaseStatus.IN_PROGRESS, null);
            return m.save(c.assigneeId() == null ? c.withAssignee(actor.id()) : c, "処理開始");
        });
    }

    /** 処理中 → 確認待ち: the maker asks for the double check. Required fields and the maker's steps must be done. */
    public long submitForCheck(StaffMember actor, long id, long version) {
        return submitForCheck(actor, id, version, "", null);
    }

    /**
     * 確認依頼 with an optional note for the checker and optionally the person asked to check (who must be allowed
     * to double-check and may not be the maker); both are kept as a comment on the case.
     */
    public long submitForCheck(StaffMember actor, long id, long version, String note, StaffMember checker) {
        String words = note == null ? "" : note.strip();
        FieldInput.requireText("確認者へのメモ", words);
        if (checker != null && !Permissions.allows(checker, Action.DOUBLE_CHECK)) {
            throw new InvalidInputException(checker.name() + " さんにはダブルチェックを依頼できません");
        }
        return change(actor, Action.EDIT_CASE, id, version, m -> {
            CaseRules.requireMayDo(actor, m.current(), CaseAction.SUBMIT);
            Long assignee = m.current().assigneeId();
            if (checker != null && checker.id() == (assignee == null ? actor.id() : assignee)) {
                throw new InvalidInputException("ダブルチェックは処理した本人以外に依頼してください");
            }
            long v = submit(actor, m);
            if (checker != null || !words.isEmpty()) {
                String who = checker == null ? "" : "(確認者: " + checker.name() + ")";
                CaseActivityRepository.comment(
                        m.tx(), id, actor.id(), "確認依頼" + who + (words.isEmpty() ? "" : ": " + words));
            }
            return v;
        });
    }

    private static long submit(StaffMember actor, CaseMutation m) throws java.sql.SQLException {
        CaseRules.requireTransition(m.current().status(), CaseStatus.AWAITING_CHECK);
        List<String> fields = CaseRules.missingRequiredFields(
                FieldInput.fieldsOf(m.type()), m.current().fields());
        if (!fields.isEmpty()) {
            throw new InvalidInputException("必須項目が未入力です: " + String.join("、", fields));
        }
        List<String> steps = CaseRules.missingBeforeCheck(m.type(), ticked(m));
        if (!steps.isEmpty()) {
            throw new InvalidInputException("確認依頼の前に済ませるチェック項目があります: " + String.join("、", steps));
        }
        CaseFile c = m.current().withStatus(CaseStatus.AWAITING_CHECK, null);
        return m.save(c.assigneeId() == null ? c.withAssignee(actor.id()) : c, "確認依頼");
    }

    /** 確認待ち → 完了 (or 市決裁待ち while the city's steps are open). Only a second person may approve. */
    public long approve(StaffMember actor, long id, long version, String comment) {
        return change(actor, Action.DOUBLE_CHECK, id, version, m -> {
            requireChecker(actor, m.current());
            requireNoMakerWork(m.tx(), actor, m.current(), m.type());
            CaseRules.requireTransition(m.current().status(), CaseStatus.DONE);
            Set<String> ticked = ticked(m);
            List<String> checks = m.type().checklist().stream()
                    .filter(i -> i.secondPerson() && i.required() && !ticked.contains(i.id()))
                    .map(ChecklistItem::label)
                    .toList();
            if (!checks.isEmpty()) {
                throw new InvalidInputException("ダブルチェックの項目が未チェックです: " + String.join("、", checks));
            }
            FieldInput.requireText("コメント", comment);
            CaseActivityRepository.addReview(
                    m.tx(),
                    id,
                    actor.id(),
                    CaseRules.maker(m.current()),
                    ReviewOutcome.APPROVED,
                    comment == null ? "" : comment.strip(),
                    List.of());
            boolean allDone = CaseRules.missingRequiredItems(m.type(), ticked).isEmpty();
            LocalDate today = m.tx().today();
            CaseFile c = m.current()
                    .withStatus(allDone ? CaseStatus.DONE : CaseStatus.CITY_APPROVAL, null)
                    .withProgress(today, allDone ? today : null, m.current().sendBackCount());
            return m.save(c, allDone ? "承認・完了" : "承認・市決裁待ち");
        });
    }

    /** 確認待ち → 処理中: the checker sends it back with at least one error category and a comment. */
    public long sendBack(StaffMember actor, long id, long version, List<String> errorCategories, String comment) {
        return change(actor, Action.DOUBLE_CHECK, id, version, m -> {
            requireChecker(actor, m.current());
            CaseRules.requireTransition(m.current().status(), CaseStatus.IN_PROGRESS);
            List<String> codes = categories(m.current(), errorCategories);
            requireComment(comment, "差戻し");
            CaseActivityRepository.addReview(
                    m.tx(),
                    id,
                    actor.id(),
                    CaseRules.maker(m.current()),
                    ReviewOutcome.SENT_BACK,
                    comment.strip(),
                    codes);
            return m.save(
                    m.current()
                            .withStatus(CaseStatus.IN_PROGRESS, null)
                            .withProgress(null, null, m.current().sendBackCount() + 1),
                    "差戻し");
        });
    }

    /** Stops the SLA clock: 不備照会 (waiting for the requester) or 保留 (a city decision, to {@code addressee}). */
    public long pause(StaffMember actor, long id, long version, PauseKind kind, String reason, String addressee) {
        return change(actor, Action.EDIT_CASE, id, version, m -> {
            CaseRules.requireMayDo(
                    actor, m.current(), kind == PauseKind.REQUESTER ? CaseAction.INQUIRY : CaseAction.HOLD);
            CaseStatus to = kind == PauseKind.REQUESTER ? CaseStatus.WAITING_REQUESTER : CaseStatus.ON_HOLD;
            CaseRules.requireTransition(m.current().status(), to);
            requireComment(reason, kind.label() + "の理由");
            if (kind == PauseKind.CITY_HOLD && (addressee == null || addressee.isBlank())) {
                throw new InvalidInputException("保留の回付先(市の担当課・担当者)を入力してください");
            }
            FieldInput.requireText("回付先", addressee);
            CaseActivityRepository.startPause(
                    m.tx(),
                    id,
                    kind,
                    reason.strip(),
                    addressee == null ? "" : addressee.strip(),
                    m.tx().today(),
                    actor.id());
            return m.save(m.current().withStatus(to, m.current().status()), kind.label());
        });
    }

    /** Restarts the SLA clock and returns the case to where it was; the answer received is recorded. */
    public long resume(StaffMember actor, long id, long version, String answer) {
        return change(actor, Action.EDIT_CASE, id, version, m -> {
            CaseRules.requireMayDo(actor, m.current(), CaseAction.RESUME);
            if (!m.current().status().isPaused()) {
                throw new InvalidInputException(
                        "案件 " + id + " は止まっていません(" + m.current().status().label() + ")");
            }
            FieldInput.requireText("回答", answer);
            CasePause open = CaseActivityRepository.pauses(m.tx().connection(), id).stream()
                    .filter(CasePause::isOpen)
                    .reduce((a, b) -> b)
                    .orElseThrow();
            CaseActivityRepository.endPause(
                    m.tx(), open, m.tx().today(), answer == null ? "" : answer.strip(), actor.id());
            CaseStatus back = m.current().statusBeforePause() == null
                    ? CaseStatus.IN_PROGRESS
                    : m.current().statusBeforePause();
            return m.save(m.current().withStatus(back, null), open.kind().label() + "再開");
        });
    }

    /** 市決裁待ち → 完了 once every required step is ticked. */
    public long complete(StaffMember actor, long id, long version) {
        return change(actor, Action.EDIT_CASE, id, version, m -> {
            if (m.current().status() != CaseStatus.CITY_APPROVAL) {
                throw new InvalidInputException(
                        "完了にできるのはダブルチェックで承認された案件です(現在: " + m.current().status().label() + ")");
            }
            List<String> missing = CaseRules.missingRequiredItems(m.type(), ticked(m));
            if (!missing.isEmpty()) {
                throw new InvalidInputException("必須のチェック項目が残っています: " + String.join("、", missing));
            }
            CaseFile c = m.current();
            return m.save(
                    c.withStatus(CaseStatus.DONE, null)
                            .withProgress(c.centreDoneOn(), m.tx().today(), c.sendBackCount()),
                    "完了");
        });
    }

    public long withdraw(StaffMember actor, long id, long version, String reason) {
        return change(actor, Action.EDIT_CASE, id, version, m -> {
            CaseRules.requireMayDo(actor, m.current(), CaseAction.WITHDRAW);
            CaseRules.requireTransition(m.current().status(), CaseStatus.WITHDRAWN);
            requireComment(reason, "取下げの理由");
            CaseActivityRepository.comment(m.tx(), id, actor.id(), "取下げ: " + reason.strip());
            closeOpenPause(m, actor);
            return m.save(m.current().withStatus(CaseStatus.WITHDRAWN, null), "取下げ");
        });
    }

    /** A leader reopens a completed case in which an error was found after completion; it counts against accuracy. */
    public long reopenWithError(
            StaffMember actor, long id, long version, List<String> errorCategories, String comment) {
        return change(actor, Action.REOPEN, id, version, m -> {
            if (m.current().status() != CaseStatus.DONE) {
                throw new InvalidInputException("再開できるのは完了した案件です");
            }
            List<String> codes = categories(m.current(), errorCategories);
            requireComment(comment, "誤りの内容");
            CaseActivityRepository.addReview(
                    m.tx(),
                    id,
                    actor.id(),
                    CaseRules.maker(m.current()),
                    ReviewOutcome.POST_COMPLETION_ERROR,
                    comment.strip(),
                    codes);
            return m.save(
                    m.current()
                            .withStatus(CaseStatus.IN_PROGRESS, null)
                            .withProgress(null, null, m.current().sendBackCount()),
                    "完了後の誤りで再開");
        });
    }

    public long assign(StaffMember actor, long id, long version, long staffId) {
        return change(actor, Action.ASSIGN, id, version, m -> {
            m.requireOpen();
            return m.save(m.current().withAssignee(staffId), "担当割当");
        });
    }

    /** Ticks one checklist item. A second-person item may not be ticked by the case's maker. */
    public void tick(StaffMember actor, long id, String itemId, String note) {
        Permissions.require(actor, Action.EDIT_CASE);
        ctx.ledger().write(actor.login(), tx -> {
            CaseFile c = caseOf(tx, id);
            if (c.status().isClosed()) {
                throw new InvalidInputException("案件 " + id + " は「" + c.status().label() + "」のためチェックできません");
            }
            ChecklistItem item = ctx.catalog(c.catalogVersion())
                    .taskType(c.typeCode())
                    .orElseThrow()
                    .checklistItem(itemId)
                    .orElseThrow(() -> new InvalidInputException("チェック項目「" + itemId + "」はこの案件にありません"));
            if (item.secondPerson() && CaseRules.maker(c) == actor.id()) {
                throw new PermissionDeniedException("「" + item.label() + "」は処理した本人以外がチェックします(ダブルチェック)");
            }
            if (item.secondPerson()) {
                requireNoMakerWork(
                        tx,
                        actor,
                        c,
                        ctx.catalog(c.catalogVersion()).taskType(c.typeCode()).orElseThrow());
            }
            FieldInput.requireText("メモ", note);
            var existing = CaseActivityRepository.ticks(tx.connection(), id).stream()
                    .filter(t -> t.itemId().equals(itemId))
                    .findFirst();
            if (existing.isPresent()) {
                throw new InvalidInputException("「" + item.label() + "」はすでにチェックされています");
            }
            CaseActivityRepository.tick(tx, id, itemId, actor.id(), note == null ? "" : note.strip());
            return null;
        });
    }

    /** Removes a tick; only whoever ticked it, or a leader, may. */
    public void untick(StaffMember actor, long id, String itemId) {
        Permissions.require(actor, Action.EDIT_CASE);
        ctx.ledger().write(actor.login(), tx -> {
            CaseFile c = caseOf(tx, id);
            if (c.status().isClosed()) {
                throw new InvalidInputException("案件 " + id + " は「" + c.status().label() + "」のため変更できません");
            }
            ChecklistTick tick = CaseActivityRepository.ticks(tx.connection(), id).stream()
                    .filter(t -> t.itemId().equals(itemId))
                    .findFirst()
                    .orElseThrow(() -> new InvalidInputException("その項目はチェックされていません"));
            if (tick.tickedBy() != actor.id() && !actor.role().isLeaderOrAbove()) {
                throw new PermissionDeniedException("チェックを取り消せるのは、チェックした本人か業務責任者です");
            }
            CaseActivityRepository.untick(tx, tick);
            return null;
        });
    }

    public void logTime(StaffMember actor, long id, java.time.LocalDate day, int minutes) {
        Permissions.require(actor, Action.EDIT_CASE);
        if (minutes <= 0 || minutes > 1440) {
            throw new InvalidInputException("作業時間は1〜1440分で入力してください");
        }
        ctx.ledger().write(actor.login(), tx -> {
            caseOf(tx, id);
            return CaseActivityRepository.logTime(tx, id, actor.id(), day, minutes);
        });
    }

    public void comment(StaffMember actor, long id, String body) {
        Permissions.require(actor, Action.EDIT_CASE);
        requireComment(body, "コメント");
        FieldInput.requireText("コメント", body);
        ctx.ledger().write(actor.login(), tx -> {
            caseOf(tx, id);
            return CaseActivityRepository.comment(tx, id, actor.id(), body.strip());
        });
    }

    /**
     * Which steps {@code who} may take on {@code c} now (status, role and whose case it is); the same rule these
     * methods enforce, for screens to offer only those steps.
     */
    public static Set<CaseAction> allowedActions(StaffMember who, CaseFile c) {
        return CaseRules.allowedActions(who, c);
    }

    @FunctionalInterface
    private interface Change {
        long apply(CaseMutation m) throws java.sql.SQLException;
    }

    private long change(StaffMember actor, Action action, long id, long version, Change change) {
        Permissions.require(actor, action);
        return ctx.ledger().write(actor.login(), tx -> change.apply(CaseMutation.load(ctx, tx, id, version)));
    }

    private static Set<String> ticked(CaseMutation m) throws java.sql.SQLException {
        return CaseActivityRepository.ticks(m.tx().connection(), m.current().id()).stream()
                .map(ChecklistTick::itemId)
                .collect(Collectors.toSet());
    }

    private static void requireChecker(StaffMember actor, CaseFile c) {
        if (CaseRules.maker(c) == actor.id()) {
            throw new PermissionDeniedException("自分が処理した案件はダブルチェックできません。別の担当者に依頼してください。");
        }
    }

    /**
     * The double check's rule ({@link FourEyes}): whoever started, edited, ticked a maker's step or asked for the
     * check since the last approval may not check the case, whatever their role.
     */
    private static void requireNoMakerWork(jp.shomu.ledger.store.Tx tx, StaffMember actor, CaseFile c, TaskType type)
            throws java.sql.SQLException {
        List<CaseStep> steps = CaseStepQueries.steps(tx.connection(), c.id(), null);
        if (FourEyes.makersSinceLastApproval(steps, checkerItems(type)).contains(actor.id())) {
            throw new PermissionDeniedException(
                    "この案件の処理(処理開始・編集・チェック・確認依頼)をしたため、ダブルチェックはできません。" + "処理に関わっていない別の職員に依頼してください。");
        }
    }

    /** The checklist items that are the checker's own (ticking them is not the maker's work). */
    public static java.util.function.Predicate<String> checkerItems(TaskType type) {
        return itemId ->
                type.checklistItem(itemId).map(ChecklistItem::secondPerson).orElse(false);
    }

    private void requireNotPausedReturn(CaseFile c) {
        if (c.status().isPaused()) {
            throw new InvalidInputException("止まっている案件は「再開」から戻してください");
        }
    }

    private static CaseFile caseOf(jp.shomu.ledger.store.Tx tx, long id) throws java.sql.SQLException {
        return jp.shomu.ledger.store.cases.CaseRepository.get(tx.connection(), id)
                .orElseThrow(() -> new InvalidInputException("案件 " + id + " はありません"));
    }

    private List<String> categories(CaseFile c, List<String> requested) {
        if (requested == null || requested.isEmpty()) {
            throw new InvalidInputException("誤りの分類を1つ以上選んでください");
        }
        var catalog = ctx.catalog(c.catalogVersion());
        return requested.stream()
                .map(r -> catalog.errorCategory(r)
                        .orElseThrow(() -> new InvalidInputException("誤りの分類「" + r + "」はありません"))
                        .code())
                .distinct()
                .sorted()
                .toList();
    }

    private static void requireComment(String text, String what) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(what + "を入力してください");
        }
        FieldInput.requireText(what, text);
    }

    private static void closeOpenPause(CaseMutation m, StaffMember actor) throws java.sql.SQLException {
        for (CasePause p :
                CaseActivityRepository.pauses(m.tx().connection(), m.current().id())) {
            if (p.isOpen()) {
                CaseActivityRepository.endPause(m.tx(), p, m.tx().today(), "取下げ", actor.id());
            }
        }
    }
}
