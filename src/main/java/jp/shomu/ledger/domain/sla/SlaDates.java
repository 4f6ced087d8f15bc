package jp.shomu.ledger.domain.sla;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The dates a case's SLA gives: the last day it may be finished on time, and the day it turns to "warning".
 *
 * @param due      the case is on time when finished on or before this day
 * @param warnFrom from this day on an unfinished case shows as warning; never after {@code due}
 */
public record SlaDates(LocalDate due, LocalDate warnFrom) {
    public SlaDates {
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(warnFrom, "warnFrom");
        if (warnFrom.isAfter(due)) {
            throw new IllegalArgumentException("warnFrom " + warnFrom + " is after due " + due);
        }
    }
}
