package jp.shomu.ledger.domain.cases;

import jp.shomu.ledger.domain.sla.SlaState;

/**
 * How many open cases a group holds (a 中区分, a 大区分, one person's): all of them, and those whose centre SLA is
 * at warning, overdue, or paused.
 */
public record CaseCounts(int open, int warning, int overdue, int paused) {
    public static final CaseCounts NONE = new CaseCounts(0, 0, 0, 0);

    /** These counts with one more open case in the given SLA state (null: no due date). */
    public CaseCounts plus(SlaState state) {
        return new CaseCounts(
                open + 1,
                warning + (state == SlaState.WARNING ? 1 : 0),
                overdue + (state == SlaState.OVERDUE ? 1 : 0),
                paused + (state == SlaState.PAUSED ? 1 : 0));
    }

    public CaseCounts plus(CaseCounts other) {
        return new CaseCounts(
                open + other.open, warning + other.warning, overdue + other.overdue, paused + other.paused);
    }
}
