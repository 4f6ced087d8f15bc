package jp.shomu.ledger.domain.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The city's working days (spec 7-(2)): every day but Saturdays, Sundays, national holidays and the year-end
 * closure from 12/29 to 1/3, with the leader's imported {@link HolidayOverride}s applied. Immutable.
 */
public final class BusinessCalendar {
    private static final MonthDay CLOSURE_START = MonthDay.of(12, 29);
    private static final MonthDay CLOSURE_END = MonthDay.of(1, 3);
    private static final BusinessCalendar STANDARD = new BusinessCalendar(Map.of());

    private final Map<LocalDate, HolidayOverride> overrides;

    private BusinessCalendar(Map<LocalDate, HolidayOverride> overrides) {
        this.overrides = Map.copyOf(overrides);
    }

    /** The calendar by the holiday law alone. */
    public static BusinessCalendar standard() {
        return STANDARD;
    }

    /**
     * A calendar with these overrides in place of any this one has (the imported table is always the whole table).
     *
     * @throws IllegalArgumentException when two overrides share a date
     */
    public BusinessCalendar withOverrides(Collection<HolidayOverride> overrides) {
        Map<LocalDate, HolidayOverride> byDate = new HashMap<>();
        for (HolidayOverride override : overrides) {
            if (byDate.putIfAbsent(override.date(), override) != null) {
                throw new IllegalArgumentException("同じ日付の休日の上書きが2件あります: " + override.date());
            }
        }
        return new BusinessCalendar(byDate);
    }

    public boolean isBusinessDay(LocalDate date) {
        return !isWeekend(date) && !isClosedDay(date) && nationalHoliday(date).isEmpty();
    }

    /** Whether the date is in the year-end closure (12/29–1/3); closed days are not national holidays. */
    public boolean isClosedDay(LocalDate date) {
        MonthDay day = MonthDay.from(date);
        return !day.isBefore(CLOSURE_START) || !day.isAfter(CLOSURE_END);
    }

    /** The national holiday on the date after overrides; a removed holiday's date is an ordinary day. */
    public Optional<Holiday> nationalHoliday(LocalDate date) {
        HolidayOverride override = overrides.get(date);
        if (override == null) {
            return JapaneseHolidays.holiday(date);
        }
        return override.kind() == HolidayOverride.Kind.ADD_HOLIDAY
                ? Optional.of(new Holiday(date, override.name()))
                : Optional.empty();
    }

    /** The year's national holidays after overrides, in date order; the year-end closure is not among them. */
    public List<Holiday> nationalHolidays(int year) {
        Stream<LocalDate> candidates = Stream.concat(
                JapaneseHolidays.holidaysOf(year).stream().map(Holiday::date),
                overrides.keySet().stream().filter(d -> d.getYear() == year));
        return candidates
                .distinct()
                .map(this::nationalHoliday)
                .flatMap(Optional::stream)
                .sorted(Comparator.comparing(Holiday::date))
                .toList();
    }

    /** The first business day after the date. */
    public LocalDate nextBusinessDay(LocalDate date) {
        LocalDate day = date.plusDays(1);
        while (!isBusinessDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    /** The last business day before the date. */
    public LocalDate previousBusinessDay(LocalDate date) {
        LocalDate day = date.minusDays(1);
        while (!isBusinessDay(day)) {
            day = day.minusDays(1);
        }
        return day;
    }

    /**
     * The n-th business day after the date, counting from the next day, whether or not the date is itself a
     * business day; a negative n counts back from the day before. With n = 0: the date itself if it is a business
     * day, else the next business day.
     */
    public LocalDate addBusinessDays(LocalDate date, int n) {
        if (n == 0) {
            return isBusinessDay(date) ? date : nextBusinessDay(date);
        }
        LocalDate day = date;
        for (int i = 0; i < Math.abs(n); i++) {
            day = n > 0 ? nextBusinessDay(day) : previousBusinessDay(day);
        }
        return day;
    }

    /**
     * Business days after {@code fromExclusive} up to and including {@code toInclusive}; negative, with the same
     * size, when {@code toInclusive} is the earlier date.
     */
    public int countBusinessDays(LocalDate fromExclusive, LocalDate toInclusive) {
        if (toInclusive.isBefore(fromExclusive)) {
            return -countBusinessDays(toInclusive, fromExclusive);
        }
        int count = 0;
        for (LocalDate day = fromExclusive.plusDays(1); !day.isAfter(toInclusive); day = day.plusDays(1)) {
            if (isBusinessDay(day)) {
                count++;
            }
        }
        return count;
    }

    private static boolean isWeekend(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
    }
}
