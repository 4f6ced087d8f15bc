package jp.shomu.ledger.domain.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import jp.shomu.ledger.domain.calendar.BusinessCalendar;
import org.junit.jupiter.api.Test;

class FormulaTest {
    private static Object eval(String formula, Map<String, Object> fields) {
        return Formula.parse(formula).evaluate(new Scope() {
            @Override
            public Object field(String key) {
                return fields.get(key);
            }

            @Override
            public BusinessCalendar calendar() {
                return BusinessCalendar.standard();
            }

            @Override
            public BigDecimal threshold(String key) {
                return new BigDecimal("20");
            }
        });
    }

    @Test
    void monthArithmeticClampsToTheMonthEndAndKnowsLeapYears() {
        assertEquals(LocalDate.of(2027, 2, 28), eval("addMonths(d, 1)", Map.of("d", LocalDate.of(2027, 1, 31))));
        assertEquals(LocalDate.of(2028, 2, 29), eval("addMonths(d, 1)", Map.of("d", LocalDate.of(2028, 1, 31))));
        assertEquals(LocalDate.of(2028, 2, 29), eval("monthEnd(month(d))", Map.of("d", LocalDate.of(2028, 2, 3))));
        assertEquals(LocalDate.of(2027, 4, 30), eval("monthEnd(d)", Map.of("d", LocalDate.of(2027, 4, 1))));
        assertEquals(YearMonth.of(2027, 1), eval("startMonth(d)", Map.of("d", LocalDate.of(2026, 12, 31))));
        assertEquals(YearMonth.of(2026, 12), eval("startMonth(d)", Map.of("d", LocalDate.of(2026, 12, 1))));
        assertEquals(
                LocalDate.of(2027, 1, 10),
                eval("dayOf(addMonths(month(d), 1), 10)", Map.of("d", LocalDate.of(2026, 12, 31))));
    }

    @Test
    void businessDaysSkipWeekendsAndHolidaysOfTheCalendar() {
        // 2026-11-20 is a Friday; 11/23 勤労感謝の日 is a holiday: 11/24, 25, 26, 27, 30 count
        Map<String, Object> f = Map.of("a", LocalDate.of(2026, 11, 20), "b", LocalDate.of(2026, 11, 30));
        assertEquals(new BigDecimal(5), eval("businessDays(a, b)", f));
        assertEquals(new BigDecimal(10), eval("days(a, b)", f));
        assertEquals(LocalDate.of(2026, 11, 25), eval("addBusinessDays(a, 2)", f));
    }

    @Test
    void arithmeticPrecedenceAndBlankInputs() {
        assertEquals(new BigDecimal(14), eval("2 + 3 * 4", Map.of()));
        assertEquals(new BigDecimal(20), eval("(2 + 3) * 4", Map.of()));
        assertNull(eval("a + 1", Map.of()), "a blank input leaves the result blank");
        assertEquals(new BigDecimal(7), eval("sum(a, b, 3)", Map.of("b", new BigDecimal(4))), "sum skips blanks");
        assertEquals(Boolean.TRUE, eval("x >= threshold(\"h\") * 60", Map.of("x", new BigDecimal(1200))));
        assertEquals("b", eval("pick(k, \"1\", \"a\", \"2\", \"b\")", Map.of("k", "2")));
        assertNull(eval("pick(k, \"1\", \"a\")", Map.of("k", "3")));
        assertNull(eval("a / 0", Map.of("a", BigDecimal.ONE)));
    }

    @Test
    void aMalformedFormulaIsRefusedWithWhereAndWhy() {
        assertTrue(assertThrows(FormulaException.class, () -> Formula.parse("days(a, b"))
                .getMessage()
                .contains("「)」がありません"));
        assertTrue(assertThrows(FormulaException.class, () -> Formula.parse("system(\"rm\")"))
                .getMessage()
                .contains("関数「system」はありません"));
        assertTrue(assertThrows(FormulaException.class, () -> Formula.parse("days(a)"))
                .getMessage()
                .contains("引数は 2 個"));
        assertTrue(assertThrows(FormulaException.class, () -> Formula.parse("a + ; b"))
                .getMessage()
                .contains("5 文字目"));
    }
}
