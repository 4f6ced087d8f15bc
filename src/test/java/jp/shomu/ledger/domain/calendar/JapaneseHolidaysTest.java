package jp.shomu.ledger.domain.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class JapaneseHolidaysTest {
    /** The Cabinet Office's syukujitsu.csv for 2000–2027, converted to UTF-8; add each new year as it is published. */
    private static final String OFFICIAL_LIST = "syukujitsu-2000-2027.csv";

    private static List<Holiday> official;

    @BeforeAll
    static void readOfficialList() throws IOException {
        official = new ArrayList<>();
        DateTimeFormatter slashed = DateTimeFormatter.ofPattern("yyyy/M/d");
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                JapaneseHolidaysTest.class.getResourceAsStream(OFFICIAL_LIST), StandardCharsets.UTF_8))) {
            in.lines()
                    .skip(1)
                    .map(line -> line.split(","))
                    .forEach(cells -> official.add(new Holiday(LocalDate.parse(cells[0], slashed), cells[1])));
        }
    }

    static IntStream officiallyPublishedYears() {
        return IntStream.rangeClosed(2000, 2027);
    }

    @ParameterizedTest(name = "{0}年")
    @MethodSource("officiallyPublishedYears")
    void matchesTheCabinetOfficeListDayForDayAndNameForName(int year) {
        List<Holiday> expected =
                official.stream().filter(h -> h.date().getYear() == year).toList();

        assertEquals(expected, JapaneseHolidays.holidaysOf(year));
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(textBlock = """
            # 国民の休日 between 敬老の日 and 秋分の日 (シルバーウィーク), the last two predicted
            2009-09-22, 休日
            2015-09-22, 休日
            2026-09-22, 休日
            2032-09-21, 休日
            2037-09-22, 休日
            # 国民の休日 on 5/4 before みどりの日 moved there in 2007
            2004-05-04, 休日
            # 振替休日: from 2007 it skips the 祝日 that follow; before, only the Monday
            2008-05-06, 休日
            2020-05-06, 休日
            2006-01-02, 休日
            2029-04-30, 休日
            # The 2019 accession and the Olympic moves
            2019-04-30, 休日
            2019-05-01, 休日（祝日扱い）
            2019-05-02, 休日
            2019-10-22, 休日（祝日扱い）
            2020-07-24, スポーツの日
            2021-08-08, 山の日
            2021-08-09, 休日
            # Names that changed with the law
            2006-04-29, みどりの日
            2007-04-29, 昭和の日
            2018-12-23, 天皇誕生日
            2020-02-23, 天皇誕生日
            2018-10-08, 体育の日
            2019-10-14, 体育の日（スポーツの日）
            2022-10-10, スポーツの日
            2002-07-20, 海の日
            2002-09-15, 敬老の日
            """)
    void namesTheHolidayAsTheCabinetOfficeDoes(LocalDate date, String name) {
        assertEquals(Optional.of(new Holiday(date, name)), JapaneseHolidays.holiday(date));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2003-05-04", // a Sunday between two 祝日 was not a 国民の休日
                "2018-02-23",
                "2019-12-23", // 天皇誕生日 moved, with none in 2019
                "2020-07-20",
                "2020-08-11",
                "2020-10-12", // the Olympic year moved these
                "2021-07-19",
                "2021-08-11",
                "2021-10-11",
                "2015-08-11", // 山の日 began in 2016
                "2026-12-29", // the year-end closure is the city's, not a national holiday
            })
    void isNotAHoliday(LocalDate date) {
        assertEquals(Optional.empty(), JapaneseHolidays.holiday(date));
    }

    @Test
    void everyDayOfEveryYearAgreesWithItsYearList() {
        for (int year = JapaneseHolidays.FIRST_YEAR; year <= JapaneseHolidays.LAST_YEAR; year++) {
            List<Holiday> byDay = new ArrayList<>();
            for (LocalDate day = LocalDate.of(year, 1, 1); day.getYear() == year; day = day.plusDays(1)) {
                JapaneseHolidays.holiday(day).ifPresent(byDay::add);
            }
            assertEquals(byDay, JapaneseHolidays.holidaysOf(year), year + "年");
        }
    }

    @Test
    void everySundayHolidayIsFollowedByARestDayFrom2007() {
        for (int year = 2007; year <= JapaneseHolidays.LAST_YEAR; year++) {
            for (Holiday h : JapaneseHolidays.holidaysOf(year)) {
                if (h.date().getDayOfWeek() == DayOfWeek.SUNDAY && !h.name().equals("休日")) {
                    LocalDate next = h.date().plusDays(1);
                    while (JapaneseHolidays.holiday(next)
                            .filter(n -> !n.name().equals("休日"))
                            .isPresent()) {
                        next = next.plusDays(1);
                    }
                    assertEquals(
                            "休日",
                            JapaneseHolidays.holiday(next).map(Holiday::name).orElse(""),
                            h.toString());
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1999, 2100})
    void refusesYearsOutsideTheRulesItKnows(int year) {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> JapaneseHolidays.holidaysOf(year));
        assertTrue(e.getMessage().contains("2000年から2099年"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> JapaneseHolidays.holiday(LocalDate.of(year, 6, 1)));
    }
}
