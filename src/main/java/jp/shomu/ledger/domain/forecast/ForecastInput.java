package jp.shomu.ledger.domain.forecast;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.shomu.ledger.domain.calendar.BusinessCalendar;
import jp.shomu.ledger.domain.calendar.FiscalYear;
import jp.shomu.ledger.domain.catalog.Catalog;

/**
 * What the forecast of one fiscal year is computed from. Counts are keyed by month and 中区分 code.
 *
 * @param lastYearCovered months of the previous fiscal year in which the ledger was in use (any case received):
 *                        there, last year's actual count of a type replaces the catalog's estimate, even when it is 0
 * @param lastYearCases   cases received per month of the previous fiscal year
 * @param actualCases     cases received per month of this fiscal year so far
 * @param actualMinutes   time entries per month of this fiscal year, by the case's type
 */
public record ForecastInput(
        Catalog catalog,
        FiscalYear year,
        BusinessCalendar calendar,
        List<ServicePeriod> periods,
        Set<YearMonth> lastYearCovered,
        Map<YearMonth, Map<String, Long>> lastYearCases,
        Map<YearMonth, Map<String, Long>> actualCases,
        Map<YearMonth, Map<String, Long>> actualMinutes) {
    public ForecastInput {
        periods = List.copyOf(periods);
        lastYearCovered = Set.copyOf(lastYearCovered);
        lastYearCases = Map.copyOf(lastYearCases);
        actualCases = Map.copyOf(actualCases);
        actualMinutes = Map.copyOf(actualMinutes);
    }

    /** A year with no history and nobody on the roster: the catalog alone. */
    public static ForecastInput catalogOnly(Catalog catalog, FiscalYear year, BusinessCalendar calendar) {
        return new ForecastInput(catalog, year, calendar, List.of(), Set.of(), Map.of(), Map.of(), Map.of());
    }
}
