package jp.shomu.ledger.domain.calendar;

import java.time.LocalDate;
import java.util.Objects;

/** One national holiday: its date and its name as the Cabinet Office list (syukujitsu.csv) writes it. */
public record Holiday(LocalDate date, String name) {
    public Holiday {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(name, "name");
    }
}
