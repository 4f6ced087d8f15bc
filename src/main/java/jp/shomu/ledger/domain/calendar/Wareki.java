package jp.shomu.ledger.domain.calendar;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The one place that writes 和暦 dates and reads the date forms users type (和暦, R9.4.1, 2027-04-01, 20270401). */
public final class Wareki {
    private static final Pattern ERA_KANJI =
            Pattern.compile("(?<era>昭和|平成|令和)(?<y>元|\\d{1,2})年(?<m>\\d{1,2})月(?<d>\\d{1,2})日");
    private static final Pattern ERA_LETTER = Pattern.compile(
            "(?<era>[SHR])(?<y>\\d{1,2})(?<sep>[./-])(?<m>\\d{1,2})\\k<sep>(?<d>\\d{1,2})", Pattern.CASE_INSENSITIVE);
    private static final List<Pattern> WESTERN = List.of(
            Pattern.compile("(?<y>\\d{4})(?<sep>[./-])(?<m>\\d{1,2})\\k<sep>(?<d>\\d{1,2})"),
            Pattern.compile("(?<y>\\d{4})年(?<m>\\d{1,2})月(?<d>\\d{1,2})日"),
            Pattern.compile("(?<y>\\d{4})(?<m>\\d{2})(?<d>\\d{2})"));
    private static final Pattern MONTH_ERA_KANJI =
            Pattern.compile("(?<era>昭和|平成|令和)(?<y>元|\\d{1,2})年(?<m>\\d{1,2})月(分)?");
    private static final Pattern MONTH_ERA_LETTER =
            Pattern.compile("(?<era>[SHR])(?<y>\\d{1,2})[./-](?<m>\\d{1,2})", Pattern.CASE_INSENSITIVE);
    private static final List<Pattern> MONTH_WESTERN = List.of(
            Pattern.compile("(?<y>\\d{4})[./-](?<m>\\d{1,2})"),
            Pattern.compile("(?<y>\\d{4})年(?<m>\\d{1,2})月(分)?"),
            Pattern.compile("(?<y>\\d{4})(?<m>\\d{2})"));
    private static final String FIRST_YEAR = "元";

    private Wareki() {}

    /** 令和9年4月1日; the first year of an era is written 元年. */
    public static String format(LocalDate date) {
        return eraAndYear(date) + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    /** 令和9年4月分, as monthly items (pay, reports) are headed; the era is that of the month's first day. */
    public static String formatMonth(YearMonth month) {
        return eraAndYear(month.atDay(1)) + month.getMonthValue() + "月分";
    }

    /** 令和9年4月, a month as a field shows it. */
    public static String formatYearMonth(YearMonth month) {
        return eraAndYear(month.atDay(1)) + month.getMonthValue() + "月";
    }

    /**
     * Reads a month: 令和9年4月, R9.4, R9/4, 2027-04, 2027/4, 2027年4月, 202704; a whole date (R9.4.1) gives its month.
     *
     * @throws DateParseException when the text is none of these
     */
    public static YearMonth parseMonth(String text) {
        if (text == null || text.isBlank()) {
            throw new DateParseException("年月が入力されていません");
        }
        String input = Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s", "");
        Matcher m = MONTH_ERA_KANJI.matcher(input);
        if (m.matches()) {
            Era era = Era.byKanji(m.group("era")).orElseThrow();
            int year = m.group("y").equals(FIRST_YEAR) ? 1 : number(m.group("y"));
            return yearMonth(text, era.gregorianYear(year), number(m.group("m")));
        }
        m = MONTH_ERA_LETTER.matcher(input);
        if (m.matches()) {
            Era era = Era.byLetter(m.group("era").charAt(0)).orElseThrow();
            return yearMonth(text, era.gregorianYear(number(m.group("y"))), number(m.group("m")));
        }
        for (Pattern western : MONTH_WESTERN) {
            m = western.matcher(input);
            if (m.matches()) {
                return yearMonth(text, number(m.group("y")), number(m.group("m")));
            }
        }
        try {
            return YearMonth.from(parse(text));
        } catch (DateParseException e) {
            throw new DateParseException("「" + text + "」を年月として読み取れません（例: 令和9年4月、R9.4、2027-04）");
        }
    }

    private static YearMonth yearMonth(String text, int year, int month) {
        if (month < 1 || month > 12) {
            throw new DateParseException("「" + text + "」は存在しない月です");
        }
        return YearMonth.of(year, month);
    }

    /** R9.4.1, for narrow table columns. */
    public static String formatShort(LocalDate date) {
        Era era = eraOf(date);
        return era.letter() + "" + era.eraYear(date) + "." + date.getMonthValue() + "." + date.getDayOfMonth();
    }

    /**
     * Reads 令和9年4月1日, 令和元年5月1日, R9.4.1, R09.04.01, r9/4/1, 2027-04-01, 2027/4/1, 2027年4月1日 and 20270401;
     * full-width characters and spaces are allowed.
     *
     * @throws DateParseException when the text is none of these, or names a day that does not exist in the calendar
     *                            or in the era
     */
    public static LocalDate parse(String text) {
        if (text == null || text.isBlank()) {
            throw new DateParseException("日付が入力されていません");
        }
        // NFKC turns full-width digits, letters and punctuation (and ㋿, ㍻) into their plain forms.
        String input = Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s", "");
        Matcher m = ERA_KANJI.matcher(input);
        if (m.matches()) {
            Era era = Era.byKanji(m.group("era")).orElseThrow();
            int year = m.group("y").equals(FIRST_YEAR) ? 1 : number(m.group("y"));
            return eraDate(text, era, year, number(m.group("m")), number(m.group("d")));
        }
        m = ERA_LETTER.matcher(input);
        if (m.matches()) {
            Era era = Era.byLetter(m.group("era").charAt(0)).orElseThrow();
            return eraDate(text, era, number(m.group("y")), number(m.group("m")), number(m.group("d")));
        }
        for (Pattern western : WESTERN) {
            m = western.matcher(input);
            if (m.matches()) {
                return existingDate(text, number(m.group("y")), number(m.group("m")), number(m.group("d")));
            }
        }
        throw new DateParseException("「" + text + "」を日付として読み取れません（例: 令和9年4月1日、R9.4.1、2027-04-01）");
    }

    private static LocalDate eraDate(String text, Era era, int eraYear, int month, int day) {
        LocalDate date = existingDate(text, era.gregorianYear(eraYear), month, day);
        if (date.isBefore(era.start())) {
            throw new DateParseException("「" + text + "」は" + era.kanji() + "の始まり（" + format(era.start()) + "）より前の日付です");
        }
        Optional<LocalDate> end = era.end();
        if (end.isPresent() && date.isAfter(end.get())) {
            throw new DateParseException("「" + text + "」は" + era.kanji() + "の終わり（" + format(end.get()) + "）より後の日付です");
        }
        return date;
    }

    private static LocalDate existingDate(String text, int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            throw new DateParseException("「" + text + "」は存在しない日付です");
        }
    }

    private static String eraAndYear(LocalDate date) {
        Era era = eraOf(date);
        int year = era.eraYear(date);
        return era.kanji() + (year == 1 ? FIRST_YEAR : String.valueOf(year)) + "年";
    }

    private static Era eraOf(LocalDate date) {
        return Era.of(date).orElseThrow(() -> new IllegalArgumentException("昭和より前の日付は和暦で書けません: " + date));
    }

    private static int number(String digits) {
        return Integer.parseInt(digits);
    }
}
