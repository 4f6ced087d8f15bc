package jp.shomu.ledger.domain.cases;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.shomu.ledger.domain.catalog.ChecklistItem;
import jp.shomu.ledger.domain.catalog.FieldDef;
import jp.shomu.ledger.domain.catalog.TaskType;

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
