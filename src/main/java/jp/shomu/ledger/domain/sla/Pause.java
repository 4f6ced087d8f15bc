package jp.shomu.ledger.domain.sla;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A period when a case waits on someone else (不備照会 to the requester, 保留 with city staff) and its due-date
 * clock stops. The pause holds the days from {@code from} up to but not including {@code to}: a pause that ends the
 * day it starts holds nothing, one from Monday to Wednesday holds Monday and Tuesday.
 *
 * @param to the day work resumed, or null while the case still waits
 */
public record Pause(LocalDate from, LocalDate to) {
    public Pause {
        Objects.requireNonNull(from, "from");
        if (to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("保留・照会の終了日（" + to + "）が開始日（" + from + "）より前です");
        }
    }

    public boolean isOpen() {
        return to == null;
    }

    /** Whether the pause holds the day; an open pause holds the days before today, as if it ended today. */
    public boolean holds(LocalDate day, LocalDate today) {
        LocalDate end = isOpen() ? today : to;
        return !day.isBefore(from) && day.isBefore(end);
    }
}
