package jp.shomu.ledger.domain.cases;

import java.time.Instant;

/**
 * One recorded step on a case, as the audit trail holds it: a save of the case (with its action, e.g. 確認依頼 or
 * 承認・完了) or a checklist tick. Used to tell who did the maker's work before a double check.
 *
 * @param staffId      who did it (the roster entry of the login that saved it, or whoever ticked), null if unknown
 * @param itemId       the checklist item, for a tick
 * @param makerOfRecord for a save, the case's assignee (or, without one, whoever registered it) before the save
 */
public record CaseStep(
        long seq, Instant at, Kind kind, String action, String itemId, Long staffId, Long makerOfRecord) {
    /** What the step was. */
    public enum Kind {
        SAVE,
        TICK,
        UNTICK
    }
}
