package jp.shomu.ledger.domain.calendar;

import static java.time.temporal.TemporalAdjusters.dayOfWeekInMonth;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.HashMap;
import java.util.Map;

/** The 国民の祝日 of one year by the articles of the holiday law, before the 休日 the law derives from them. */
final class NationalHolidayRules {
    static final String MARINE_DAY = "海の日";
    static final String MOUNTAIN_DAY = "山の日";
    static final String SPORTS_DAY = "スポーツの日";

    private NationalHolidayRules() {}

    /** Dates and names of the year's 祝日, special-law moves and additions included. */
    static Map<LocalDate, String> of(int year) {
        Map<LocalDate, String> days = new HashMap<>();
        put(days, "元日", LocalDate.of(year, 1, 1));
        put(days, "成人の日", nthMonday(year, Month.JANUARY, 2));
        put(days, "建国記念の日", LocalDate.of(year, 2, 11));
        if (year <= 2018) {
            put(days, "天皇誕生日", LocalDate.of(year, 12, 23));
        } else if (year >= 2020) {
            // 2019 had no 天皇誕生日: the old date had passed to the former emperor, the new one fell before accession.
            put(days, "天皇誕生日", LocalDate.of(year, 2, 23));
        }
        put(days, "春分の日", LocalDate.of(year, 3, equinoxDay(20.8431, year)));
        put(days, year >= 2007 ? "昭和の日" : "みどりの日", LocalDate.of(year, 4, 29));
        put(days, "憲法記念日", LocalDate.of(year, 5, 3));
        if (year >= 2007) {
            put(days, "みどりの日", LocalDate.of(year, 5, 4));
        }
        put(days, "こどもの日", LocalDate.of(year, 5, 5));
        put(days, MARINE_DAY, year >= 2003 ? nthMonday(year, Month.JULY, 3) : LocalDate.of(year, 7, 20));
        if (year >= 2016) {
            put(days, MOUNTAIN_DAY, LocalDate.of(year, 8, 11));
        }
        put(days, "敬老の日", year >= 2003 ? nthMonday(year, Month.SEPTEMBER, 3) : LocalDate.of(year, 9, 15));
        put(days, "秋分の日", LocalDate.of(year, 9, equinoxDay(23.2488, year)));
        put(days, sportsDayName(year), nthMonday(year, Month.OCTOBER, 2));
        put(days, "文化の日", LocalDate.of(year, 11, 3));
        put(days, "勤労感謝の日", LocalDate.of(year, 11, 23));
        SpecialLawHolidays.addedIn(year).forEach(h -> days.put(h.date(), h.name()));
        return days;
    }

    private static void put(Map<LocalDate, String> days, String name, LocalDate ruleDate) {
        days.put(SpecialLawHolidays.dateOf(name, ruleDate), name);
    }

    private static String sportsDayName(int year) {
        if (year == 2019) {
            // The renaming law passed in 2018 took effect in 2020; the Cabinet Office list shows both names for 2019.
            return "体育の日（スポーツの日）";
        }
        return year >= 2020 ? SPORTS_DAY : "体育の日";
    }

    private static LocalDate nthMonday(int year, Month month, int n) {
        return LocalDate.of(year, month, 1).with(dayOfWeekInMonth(n, DayOfWeek.MONDAY));
    }

    /**
     * The usual prediction of the equinox day, valid 1980–2099. The law fixes the day only when the National
     * Astronomical Observatory publishes it each February for the next year; the prediction has matched so far.
     */
    private static int equinoxDay(double base, int year) {
        int since1980 = year - 1980;
        return (int) (base + 0.242194 * since1980 - since1980 / 4);
    }
}
