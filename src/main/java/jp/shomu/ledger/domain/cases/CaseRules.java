package jp.shomu.ledger.domain.cases;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.shomu.ledger.domain.catalog.ChecklistItem;
import jp.shomu.ledger.domain.catalog.FieldDef;
import jp.shomu.ledger.domain.catalog.TaskType;
import jp.shomu.ledger.domain.staff.Action;
import jp.shomu.ledger.domain.staff.PermissionDeniedException;
import jp.shomu.ledger.domain.staff.Permissions;
import jp.shomu.ledger.domain.staff.StaffMember;

/**
 * The status flow and the checks that guard it: 受付 → 処理中 → 確認待ち → (市決裁待ち →) 完了, 差戻し back to
 * 処理中, pauses that return where they left, and 取下げ from anywhere open.
 */
public final class CaseRules {
    private CaseRules() {}

    public static Set<CaseStatus> nextStatuses(CaseStatus from) {
        return switch (from) {
            case RECEIVED ->
                EnumSet.of(
                        CaseStatus.IN_PROGRESS, CaseStatus.WAITING_REQUESTER, CaseStatus.ON_HOLD, CaseStatus.WITHDRAWN);
            case IN_PROGRESS ->
                EnumSet.of(
                        CaseStatus.AWAITING_CHECK,
                        CaseStatus.WAITING_REQUESTER,
                        CaseStatus.ON_HOLD,
                        CaseStatus.WITHDRAWN);
            case AWAITING_CHECK ->
                EnumSet.of(CaseStatus.IN_PROGRESS, CaseStatus.CITY_APPROVAL, CaseStatus.DONE, CaseStatus.WITHDRAWN);
            case WAITING_REQUESTER, ON_HOLD ->
                EnumSet.of(CaseStatus.RECEIVED, CaseStatus.IN_PROGRESS, CaseStatus.WITHDRAWN);
            case CITY_APPROVAL -> EnumSet.of(CaseStatus.DONE, CaseStatus.IN_PROGRESS, CaseStatus.WITHDRAWN);
            case DONE -> EnumSet.of(CaseStatus.IN_PROGRESS);
            case WITHDRAWN -> EnumSet.noneOf(CaseStatus.class);
        };
    }

    public static void requireTransition(CaseStatus from, CaseStatus to) {
        if (!nextStatuses(from).contains(to)) {
            throw new InvalidInputException("「" + from.label() + "」の案件は「" + to.label() + "」にできません");
        }
    }

    /** The person whose work the double check examines: the assignee, or whoever created the case. */
    public static long maker(CaseFile c) {
        return c.assigneeId() != null ? c.assigneeId() : c.createdBy();
    }

    /**
     * Which steps {@code who} may take on case {@code c} now: allowed by the case's status, by their role, and for
     * the maker's work ({@link CaseAction#isMakerWork}) by {@link #mayDoMakerWork}. The double check is offered to
     * anyone allowed to double-check except the maker; the workflow also refuses whoever did maker's work since the
     * last approval ({@link FourEyes}), which needs the case's history.
     */
    public static Set<CaseAction> allowedActions(StaffMember who, CaseFile c) {
        Set<CaseAction> allowed = EnumSet.noneOf(CaseAction.class);
        CaseStatus s = c.status();
        if (Permissions.allows(who, Action.EDIT_CASE)) {
            boolean open = !s.isClosed();
            boolean working = s == CaseStatus.RECEIVED || s == CaseStatus.IN_PROGRESS;
            addIf(allowed, CaseAction.START, s == CaseStatus.RECEIVED);
            addIf(allowed, CaseAction.EDIT, open);
            addIf(allowed, CaseAction.SUBMIT, s == CaseStatus.IN_PROGRESS);
            addIf(allowed, CaseAction.INQUIRY, working);
            addIf(allowed, CaseAction.HOLD, working);
            addIf(allowed, CaseAction.RESUME, s.isPaused());
            addIf(allowed, CaseAction.COMPLETE, s == CaseStatus.CITY_APPROVAL);
            addIf(allowed, CaseAction.WITHDRAW, open);
            if (!mayDoMakerWork(who, c)) {
                allowed.removeIf(CaseAction::isMakerWork);
            }
        }
        addIf(
                allowed,
                CaseAction.CHECK,
                s == CaseStatus.AWAITING_CHECK && Permissions.allows(who, Action.DOUBLE_CHECK) && maker(c) != who.id());
        return allowed;
    }

    /**
     * The person rule for the maker's work (start, edit, 確認依頼, 不備照会, 保留, 再開, 取下げ): the case's assignee,
     * anyone while the case is unassigned, or a 業務責任者/管理責任者. Another 担当者 — the checker who sent it back,
     * say — may not.
     */
    public static boolean mayDoMakerWork(StaffMember who, CaseFile c) {
        return c.assigneeId() == null
                || c.assigneeId() == who.id()
                || who.role().isLeaderOrAbove();
    }

    /** Refuses the maker's work to anyone {@link #mayDoMakerWork} does not allow; other actions pass. */
    public static void requireMayDo(StaffMember who, CaseFile c, CaseAction action) {
        if (action.isMakerWork() && !mayDoMakerWork(who, c)) {
            throw new PermissionDeniedException(
                    "案件 " + c.id() + " は別の職員が担当しています。「" + action.label() + "」ができるのは担当者本人か業務責任者・管理責任者です。");
        }
    }

    private static void addIf(Set<CaseAction> set, CaseAction a, boolean condition) {
        if (condition) {
            set.add(a);
        }
    }

    public static List<String> missingRequiredFields(List<FieldDef> fields, Map<String, String> values) {
        return fields.stream()
                .filter(FieldDef::required)
                .filter(f -> f.appliesTo(values))
                .filter(f -> values.getOrDefault(f.key(), "").isBlank())
                .map(FieldDef::label)
                .toList();
    }

    public static List<String> missingRequiredItems(TaskType type, Set<String> tickedItemIds) {
        return type.checklist().stream()
                .filter(ChecklistItem::required)
                .filter(i -> !tickedItemIds.contains(i.id()))
                .map(ChecklistItem::label)
                .toList();
    }

    /** Items the maker should have ticked before asking for the double check: required, not second-person, not the city's, before the first second-person item. */
    public static List<String> missingBeforeCheck(TaskType type, Set<String> tickedItemIds) {
        List<ChecklistItem> items = type.checklist();
        int firstCheck = 0;
        while (firstCheck < items.size() && !items.get(firstCheck).secondPerson()) {
            firstCheck++;
        }
        return items.subList(0, firstCheck).stream()
                .filter(i -> i.required() && !i.cityStep() && !tickedItemIds.contains(i.id()))
                .map(ChecklistItem::label)
                .toList();
    }
}
