package jp.shomu.ledger.domain.calendar;

import java.time.LocalDate;
import java.time.Month;

/**
 * A fiscal year (年度), April to March.
 *
 * @param year the calendar year in which it starts: 2026年度 runs from 2026-04-01 to 2027-03-31
 */
public record FiscalYear(int year) {

    /** The fiscal year the date falls in. */
    public static FiscalYear of(LocalDate date) {
        return new FiscalYear(date.getMonth().compareTo(Month.APRIL) >= 0 ? date.getYear() : date.getYear() - 1);
    }

    public LocalDate start() {
        return LocalDate.of(year, Month.APRIL, 1);
    }

    public LocalDate end() {
        return LocalDate.of(year + 1, Month.MARCH, 31);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(start()) && !date.isAfter(end());
    }
}
