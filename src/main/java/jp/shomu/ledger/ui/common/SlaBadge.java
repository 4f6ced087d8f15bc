package jp.shomu.ledger.ui.common;

import jp.shomu.ledger.domain.cases.CaseStatus;
import jp.shomu.ledger.domain.sla.SlaState;

/**
 * How a case's SLA state is shown: a symbol and words (never colour alone) and a style class that gives the colour.
 * A case in 市決裁待ち shows the centre's result, since the city's time is not the centre's delay.
 */
public enum SlaBadge {
    ON_TRACK("○", "sla.onTrack", "sla-on-track"),
    WARNING("▲", "sla.warning", "sla-warning"),
    OVERDUE("●", "sla.overdue", "sla-overdue"),
    PAUSED("‖", "sla.paused", "sla-paused"),
    CENTRE_DONE_ON_TIME("◇", "sla.centreDoneOnTime", "sla-city"),
    CENTRE_DONE_LATE("◆", "sla.centreDoneLate", "sla-late"),
    DONE_ON_TIME("◎", "sla.doneOnTime", "sla-done"),
    DONE_LATE("×", "sla.doneLate", "sla-late"),
    NONE("―", "sla.none", "sla-none");

    private final String symbol;
    private final String key;
    private final String styleClass;

    SlaBadge(String symbol, String key, String styleClass) {
        this.symbol = symbol;
        this.key = key;
        this.styleClass = styleClass;
    }

    public static SlaBadge of(SlaState state, CaseStatus status) {
        if (state == null) {
            return NONE;
        }
        boolean city = status == CaseStatus.CITY_APPROVAL;
        return switch (state) {
            case ON_TRACK -> ON_TRACK;
            case WARNING -> WARNING;
            case OVERDUE -> OVERDUE;
            case PAUSED -> PAUSED;
            case DONE_ON_TIME -> city ? CENTRE_DONE_ON_TIME : DONE_ON_TIME;
            case DONE_LATE -> city ? CENTRE_DONE_LATE : DONE_LATE;
        };
    }

    /** "▲ 期限間近" */
    public String text() {
        return symbol + " " + Messages.get(key);
    }

    public String styleClass() {
        return styleClass;
    }
}
