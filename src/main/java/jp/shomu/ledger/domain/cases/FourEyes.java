package jp.shomu.ledger.domain.cases;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The double check's rule (ダブルチェック): the person who approves must differ from everyone who did the maker's
 * work on the case since its last approval — started it, edited it, ticked a step that is not the checker's, or
 * asked for the check — and from the case's assignee. Leaders and the manager are held to it like everyone else.
 * The same rule decides whether the workflow lets an approval through and whether the monthly report counts a
 * completed case as double-checked, so a case that was approved before the rule was enforced is judged by it too.
 */
public final class FourEyes {
    /** Saves of the case that are the maker's work. Registering a case is not (the intake desk registers cases). */
    public static final Set<String> MAKER_ACTIONS = Set.of("処理開始", "編集", "確認依頼");

    private FourEyes() {}

    public static boolean isApproval(CaseStep s) {
        return s.kind() == CaseStep.Kind.SAVE && s.action().startsWith("承認");
    }

    /**
     * Everyone who did the maker's work after the last approval among {@code steps} (in the order recorded).
     *
     * @param checkerItem whether a checklist item is the checker's own (a second-person item): ticking it is not
     *                    the maker's work
     */
    public static Set<Long> makersSinceLastApproval(List<CaseStep> steps, Predicate<String> checkerItem) {
        Set<Long> makers = new HashSet<>();
        for (CaseStep s : steps) {
            if (isApproval(s)) {
                makers.clear();
            } else if (isMakerWork(s, checkerItem)) {
                makers.add(s.staffId());
            }
        }
        return makers;
    }

    /**
     * Whether the last approval among {@code steps} was made by a second person: someone who did none of the
     * maker's work since the approval before it and was not the case's assignee. Empty when there is no approval.
     */
    public static Optional<Boolean> lastApprovalBySecondPerson(List<CaseStep> steps, Predicate<String> checkerItem) {
        Set<Long> makers = new HashSet<>();
        Boolean last = null;
        for (CaseStep s : steps) {
            if (isApproval(s)) {
                last = s.staffId() != null
                        && !makers.contains(s.staffId())
                        && !s.staffId().equals(s.makerOfRecord());
                makers.clear();
            } else if (isMakerWork(s, checkerItem)) {
                makers.add(s.staffId());
            }
        }
        return Optional.ofNullable(last);
    }

    private static boolean isMakerWork(CaseStep s, Predicate<String> checkerItem) {
        return switch (s.kind()) {
            case SAVE -> MAKER_ACTIONS.contains(s.action());
            case TICK -> s.itemId() != null && !checkerItem.test(s.itemId());
            case UNTICK -> false;
        };
    }
}
