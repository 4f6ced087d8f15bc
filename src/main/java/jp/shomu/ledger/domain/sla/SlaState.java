package jp.shomu.ledger.domain.sla;

import java.time.LocalDate;
import java.util.Objects;

/** Where a case stands against its due date, as the leader's SLA board shows it. */
public enum SlaState {
    ON_TRACK,
    WARNING,
    OVERDUE,
    PAUSED,
    DONE_ON_TIME,
    DONE_LATE;

    /**
     * Classifies a case. A finished case is on time when finished on or before its due day. An unfinished case is
     * overdue from the day after its due day, even when paused: a pause cannot hide a deadline already missed (and
     * a pause begun in time keeps pushing the due date, so it never turns overdue).
     *
     * @param dates       the case's dates, computed with the same {@code today}
     * @param paused      whether the case is waiting on a pause now
     * @param completedOn the day the case was finished, or null while it is open
     */
    public static SlaState classify(SlaDates dates, LocalDate today, boolean paused, LocalDate completedOn) {
        Objects.requireNonNull(dates, "dates");
        Objects.requireNonNull(today, "today");
        if (completedOn != null) {
            return completedOn.isAfter(dates.due()) ? DONE_LATE : DONE_ON_TIME;
        }
        if (today.isAfter(dates.due())) {
            return OVERDUE;
        }
        if (paused) {
            return PAUSED;
        }
        return today.isBefore(dates.warnFrom()) ? ON_TRACK : WARNING;
    }
}
