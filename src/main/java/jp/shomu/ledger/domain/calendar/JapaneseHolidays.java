package jp.shomu.ledger.domain.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.IntStream;

/** Japan's national holidays for 2000–2099, as the Cabinet Office lists them (国民の祝日 and 休日 alike). */
public final class JapaneseHolidays {
    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2099;

    /** The Cabinet Office list writes both 振替休日 and 国民の休日 this way. */
    static final String REST_DAY = "休日";

    /** The 2007 amendment let 振替休日 skip over following 祝日 (before, only the Monday). */
    private static final int SUBSTITUTE_SKIPS_FROM = 2007;

    private static final Map<Integer, List<Holiday>> BY_YEAR = new HashMap<>();
    private static final Map<LocalDate, Holiday> BY_DATE = new HashMap<>();

    static {
        IntStream.rangeClosed(FIRST_YEAR, LAST_YEAR).forEach(year -> {
            List<Holiday> holidays = compute(year);
            BY_YEAR.put(year, holidays);
            holidays.forEach(h -> BY_DATE.put(h.date(), h));
        });
    }

    private JapaneseHolidays() {}

    /** The year's holidays in date order. */
    public static List<Holiday> holidaysOf(int year) {
        checkYear(year);
        return BY_YEAR.get(year);
    }

    /** The holiday on the date, if it is one. */
    public static Optional<Holiday> holiday(LocalDate date) {
        checkYear(date.getYear());
        return Optional.ofNullable(BY_DATE.get(date));
    }

    private static void checkYear(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new IllegalArgumentException(
                    "祝日は" + FIRST_YEAR + "年から" + LAST_YEAR + "年までしか扱えません（指定: " + year + "年）");
        }
    }

    private static List<Holiday> compute(int year) {
        Map<LocalDate, String> statutory = NationalHolidayRules.of(year);
        TreeMap<LocalDate, String> days = new TreeMap<>(statutory);
        addSubstitutes(year, statutory.keySet(), days);
        addSandwichedDays(statutory.keySet(), days);
        return days.entrySet().stream()
                .map(e -> new Holiday(e.getKey(), e.getValue()))
                .toList();
    }

    /** 振替休日: a 祝日 on a Sunday gives the next day off, or from 2007 the next day that is not a 祝日. */
    private static void addSubstitutes(int year, Set<LocalDate> statutory, Map<LocalDate, String> days) {
        for (LocalDate day : statutory) {
            if (day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                continue;
            }
            LocalDate substitute = day.plusDays(1);
            while (year >= SUBSTITUTE_SKIPS_FROM && statutory.contains(substitute)) {
                substitute = substitute.plusDays(1);
            }
            days.putIfAbsent(substitute, REST_DAY);
        }
    }

    /**
     * 国民の休日: a day between two 祝日 that is not a 祝日 itself (e.g. 5/4 before 2007, 2026-09-22). The law left
     * out Sundays until 2007; from 2007 no Sunday can fall between two 祝日, so one test serves both.
     */
    private static void addSandwichedDays(Set<LocalDate> statutory, Map<LocalDate, String> days) {
        for (LocalDate day : statutory) {
            LocalDate between = day.plusDays(1);
            if (statutory.contains(day.plusDays(2))
                    && !statutory.contains(between)
                    && between.getDayOfWeek() != DayOfWeek.SUNDAY) {
                days.putIfAbsent(between, REST_DAY);
            }
        }
    }
}
