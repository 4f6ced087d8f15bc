package jp.shomu.ledger.domain.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class WarekiTest {

    @ParameterizedTest(name = "{0} → {1} / {2}")
    @CsvSource(textBlock = """
            2027-04-01, 令和9年4月1日,    R9.4.1
            2019-05-01, 令和元年5月1日,   R1.5.1
            2019-04-30, 平成31年4月30日,  H31.4.30
            1989-01-08, 平成元年1月8日,   H1.1.8
            1989-01-07, 昭和64年1月7日,   S64.1.7
            1926-12-25, 昭和元年12月25日, S1.12.25
            """)
    void writesDatesInTheEraOfTheDay(LocalDate date, String full, String shortForm) {
        assertEquals(full, Wareki.format(date));
        assertEquals(shortForm, Wareki.formatShort(date));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"2027-04, 令和9年4月分", "2019-05, 令和元年5月分", "2019-04, 平成31年4月分"})
    void writesMonthsAsTheCityHeadsMonthlyItems(YearMonth month, String expected) {
        assertEquals(expected, Wareki.formatMonth(month));
    }

    @Test
    void refusesToWriteDatesBeforeShowa() {
        assertThrows(IllegalArgumentException.class, () -> Wareki.format(LocalDate.of(1926, 12, 24)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            令和9年4月1日        | 2027-04-01
            令和元年5月1日       | 2019-05-01
            令和1年5月1日        | 2019-05-01
            令和９年４月１日     | 2027-04-01
            令和 9年 4月 1日     | 2027-04-01
            R9.4.1               | 2027-04-01
            R09.04.01            | 2027-04-01
            r9/4/1               | 2027-04-01
            Ｒ９．４．１         | 2027-04-01
            H31.4.30             | 2019-04-30
            平成31年4月30日      | 2019-04-30
            ㍻31年4月30日        | 2019-04-30
            S64.1.7              | 1989-01-07
            2027-04-01           | 2027-04-01
            2027/4/1             | 2027-04-01
            ２０２７／４／１     | 2027-04-01
            2027年4月1日         | 2027-04-01
            20270401             | 2027-04-01
            """)
    void readsTheFormsUsersType(String text, LocalDate expected) {
        assertEquals(expected, Wareki.parse(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            令和1年4月30日   | 令和の始まり（令和元年5月1日）より前
            R1.4.30          | 令和の始まり（令和元年5月1日）より前
            平成31年5月1日   | 平成の終わり（平成31年4月30日）より後
            H1.1.7           | 平成の始まり（平成元年1月8日）より前
            令和9年2月30日   | 存在しない日付
            2027-02-29       | 存在しない日付
            20271301         | 存在しない日付
            R9.4             | 日付として読み取れません
            R9.4/1           | 日付として読み取れません
            明日             | 日付として読み取れません
            """)
    void refusesDatesThatDoNotExistWithAJapaneseMessage(String text, String reason) {
        DateParseException e = assertThrows(DateParseException.class, () -> Wareki.parse(text));
        assertTrue(e.getMessage().contains(reason), e.getMessage());
        assertTrue(e.getMessage().contains(text), e.getMessage());
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "  ", "　"})
    void saysSoWhenNothingWasTyped(String text) {
        DateParseException e = assertThrows(DateParseException.class, () -> Wareki.parse(text));
        assertEquals("日付が入力されていません", e.getMessage());
    }

    @Test
    void readsBackEveryDateItWritesFromShowaToReiwa() {
        for (LocalDate day = LocalDate.of(1926, 12, 25); day.getYear() <= 2060; day = day.plusDays(1)) {
            assertEquals(day, Wareki.parse(Wareki.format(day)), Wareki.format(day));
            assertEquals(day, Wareki.parse(Wareki.formatShort(day)), Wareki.formatShort(day));
        }
    }
}
