package jp.shomu.ledger.domain.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FiscalYearTest {

    @ParameterizedTest(name = "{0} → {1}年度")
    @CsvSource({"2027-03-31, 2026", "2027-04-01, 2027", "2026-12-31, 2026", "2027-01-01, 2026"})
    void aFiscalYearRunsFromAprilToMarch(LocalDate date, int fiscalYear) {
        assertEquals(new FiscalYear(fiscalYear), FiscalYear.of(date));
    }

    @Test
    void knowsItsFirstAndLastDay() {
        FiscalYear year = new FiscalYear(2027);

        assertEquals(LocalDate.of(2027, 4, 1), year.start());
        assertEquals(LocalDate.of(2028, 3, 31), year.end());
        assertTrue(year.contains(LocalDate.of(2027, 4, 1)));
        assertTrue(year.contains(LocalDate.of(2028, 3, 31)));
        assertFalse(year.contains(LocalDate.of(2027, 3, 31)));
        assertFalse(year.contains(LocalDate.of(2028, 4, 1)));
    }
}
