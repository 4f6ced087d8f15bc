package jp.shomu.ledger.domain.calendar;

import static jp.shomu.ledger.domain.calendar.NationalHolidayRules.MARINE_DAY;
import static jp.shomu.ledger.domain.calendar.NationalHolidayRules.MOUNTAIN_DAY;
import static jp.shomu.ledger.domain.calendar.NationalHolidayRules.SPORTS_DAY;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The published one-off laws that moved or added 祝日 (the 2019 accession, the 2020–2021 Olympics). Later laws
 * come in as {@link HolidayOverride}s, so this table only changes with a release.
 */
final class SpecialLawHolidays {
    private record Move(int year, String name) {}

    private static final Map<Move, LocalDate> MOVED = Map.of(
            new Move(2020, MARINE_DAY), LocalDate.of(2020, 7, 23),
            new Move(2020, SPORTS_DAY), LocalDate.of(2020, 7, 24),
            new Move(2020, MOUNTAIN_DAY), LocalDate.of(2020, 8, 10),
            new Move(2021, MARINE_DAY), LocalDate.of(2021, 7, 22),
            new Move(2021, SPORTS_DAY), LocalDate.of(2021, 7, 23),
            new Move(2021, MOUNTAIN_DAY), LocalDate.of(2021, 8, 8));

    // The law made these days holidays "treated as 祝日", so 4/30 and 5/2 of 2019 became 国民の休日 between them.
    private static final List<Holiday> ADDED = List.of(
            new Holiday(LocalDate.of(2019, 5, 1), "休日（祝日扱い）"), new Holiday(LocalDate.of(2019, 10, 22), "休日（祝日扱い）"));

    private SpecialLawHolidays() {}

    /** The date a special law moved the named 祝日 to, or the date the holiday law gives. */
    static LocalDate dateOf(String name, LocalDate ruleDate) {
        return MOVED.getOrDefault(new Move(ruleDate.getYear(), name), ruleDate);
    }

    /** Days a special law made 祝日 in the year. */
    static List<Holiday> addedIn(int year) {
        return ADDED.stream().filter(h -> h.date().getYear() == year).toList();
    }
}
