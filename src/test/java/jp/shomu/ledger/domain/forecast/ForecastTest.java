package jp.shomu.ledger.domain.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.shomu.ledger.domain.calendar.BusinessCalendar;
import jp.shomu.ledger.domain.calendar.FiscalYear;
import jp.shomu.ledger.domain.catalog.Catalog;
import jp.shomu.ledger.domain.catalog.MajorCategory;
import jp.shomu.ledger.domain.catalog.TaskType;
import jp.shomu.ledger.store.settings.CatalogJson;
import org.junit.jupiter.api.Test;

class ForecastTest {
    private static final Catalog CATALOG = CatalogJson.bundled();
    private static final FiscalYear FY = new FiscalYear(2026);
    private static final BusinessCalendar CAL = BusinessCalendar.standard();

    @Test
    void withoutHistoryTheYearsHoursNeededEqualAnnualCasesTimesStandardMinutesPerMajor() {
        Forecast f = Forecast.compute(ForecastInput.catalogOnly(CATALOG, FY, CAL));
        assertEquals(12 * CATALOG.majors().size(), f.rows().size());
        for (MajorCategory major : CATALOG.majors()) {
            long minutes = 0;
            long cases = 0;
            for (TaskType t : CATALOG.taskTypes()) {
                if (t.majorCode().equals(major.code())) {
                    minutes += (long) t.annualCases() * t.standardMinutes();
                    cases += t.annualCases();
                }
            }
            Forecast.MajorMonth year = f.yearTotal(major.code());
            assertEquals(cases, year.expectedCases(), major.code());
            // the printed tenths add up to the exact hours rounded to a tenth: equal to the hour
            assertEquals(minutes / 6.0, year.neededTenths(), 1.0, major.code());
            assertEquals(Math.round(minutes / 60.0), Math.round(year.hoursNeeded()), major.code());
        }
    }

    @Test
    void peakMonthsGetTwiceTheCasesOfOtherMonths() {
        Forecast f = Forecast.compute(ForecastInput.catalogOnly(CATALOG, FY, CAL));
        // 2-5 年末調整: 10,000 cases, peaks 11, 12, 1 -> weight 15, so 1,333 or 1,334 in a peak month, 666/667 else
        Map<YearMonth, Long> byMonth = new java.util.HashMap<>();
        f.typeMonths().stream()
                .filter(t -> t.typeCode().equals("2-5"))
                .forEach(t -> byMonth.put(t.month(), t.expectedCases()));
        assertEquals(
                10_000, byMonth.values().stream().mapToLong(Long::longValue).sum());
        assertTrue(byMonth.get(YearMonth.of(2026, 12)) >= 1333);
        assertTrue(byMonth.get(YearMonth.of(2026, 7)) <= 667);
        assertEquals(15 * 10_000 / 60.0, 2500.0);
    }

    @Test
    void lastYearsActualCasesReplaceTheEstimateInMonthsTheLedgerWasUsed() {
        YearMonth lastMay = YearMonth.of(2025, 5);
        ForecastInput in = new ForecastInput(
                CATALOG,
                FY,
                CAL,
                List.of(),
                Set.of(lastMay),
                Map.of(lastMay, Map.of("2-7", 3000L)),
                Map.of(),
                Map.of());
        Forecast f = Forecast.compute(in);
        Forecast.TypeMonth may = f.typeMonths().stream()
                .filter(t -> t.typeCode().equals("2-7") && t.month().equals(YearMonth.of(2026, 5)))
                .findFirst()
                .orElseThrow();
        assertTrue(may.fromLastYear());
        assertEquals(3000, may.expectedCases());
        assertEquals(3000L * 7, may.minutesNeeded());
        // a type with no case that month counts 0 once the ledger was in use
        Forecast.TypeMonth mail = f.typeMonths().stream()
                .filter(t -> t.typeCode().equals("6-1") && t.month().equals(YearMonth.of(2026, 5)))
                .findFirst()
                .orElseThrow();
        assertEquals(0, mail.expectedCases());
        Forecast.TypeMonth june = f.typeMonths().stream()
                .filter(t -> t.typeCode().equals("2-7") && t.month().equals(YearMonth.of(2026, 6)))
                .findFirst()
                .orElseThrow();
        assertFalse(june.fromLastYear());
    }

    @Test
    void hoursAvailableFollowServicePeriodsContractedHoursAndEffectiveDates() {
        // staff 1: full time 7.75 h × 5 days in 2-5 (大区分 2) from April; from 2026-10-01 (entered ahead) 6 h × 4 days
        // staff 2: serves only from 2026-11-16 to 2027-01-31 (年末調整 temporary team), 6 h × 5 days, any type
        List<ServicePeriod> periods = List.of(
                new ServicePeriod(1, LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 1), null, 7.75, 5, Set.of("2-5")),
                new ServicePeriod(1, LocalDate.of(2026, 10, 1), LocalDate.of(2026, 4, 1), null, 6, 4, Set.of("2-5")),
                new ServicePeriod(
                        2,
                        LocalDate.of(2026, 4, 1),
                        LocalDate.of(2026, 11, 16),
                        LocalDate.of(2027, 1, 31),
                        6,
                        5,
                        Set.of()));
        Forecast f =
                Forecast.compute(new ForecastInput(CATALOG, FY, CAL, periods, Set.of(), Map.of(), Map.of(), Map.of()));
        YearMonth june = YearMonth.of(2026, 6);
        int juneDays = f.businessDays(june);
        assertEquals(22, juneDays);
        assertEquals(Math.round(juneDays * 7.75 * 10), f.monthTotal(june).availableTenths());
        assertEquals(
                f.monthTotal(june).availableTenths(), row(f, june, "2").availableTenths(), "all of staff 1 goes to 2");
        YearMonth oct = YearMonth.of(2026, 10);
        assertEquals(
                Math.round(f.businessDays(oct) * 6 * 4 / 5.0 * 10),
                f.monthTotal(oct).availableTenths());
        YearMonth nov = YearMonth.of(2026, 11);
        int novAll = f.businessDays(nov);
        int novStaff2 = CAL.countBusinessDays(LocalDate.of(2026, 11, 15), LocalDate.of(2026, 11, 30));
        assertEquals(
                Math.round((novAll * 6 * 4 / 5.0 + novStaff2 * 6.0) * 10),
                f.monthTotal(nov).availableTenths(),
                1,
                "staff 2 counts from the 16th");
        assertEquals(
                0,
                f.monthTotal(YearMonth.of(2027, 2)).availableTenths()
                        - Math.round(f.businessDays(YearMonth.of(2027, 2)) * 4.8 * 10));
        // the gap in person-days
        Forecast.MajorMonth dec2 = row(f, YearMonth.of(2026, 12), "2");
        assertEquals((dec2.neededTenths() - dec2.availableTenths()) / 10.0 / 7.75, dec2.gapPersonDays(), 1e-9);
    }

    @Test
    void actualCasesAndMinutesSitBesideThePlan() {
        YearMonth apr = YearMonth.of(2026, 4);
        Forecast f = Forecast.compute(new ForecastInput(
                CATALOG,
                FY,
                CAL,
                List.of(),
                Set.of(),
                Map.of(),
                Map.of(apr, Map.of("1-1", 10L, "1-2", 5L)),
                Map.of(apr, Map.of("1-1", 300L, "1-2", 95L))));
        Forecast.MajorMonth r = row(f, apr, "1");
        assertEquals(15, r.actualCases());
        assertEquals(6.6, r.actualHours(), 1e-9); // 395 min = 6.58 h
    }

    private static Forecast.MajorMonth row(Forecast f, YearMonth m, String major) {
        return f.rows(m).stream()
                .filter(r -> r.majorCode().equals(major))
                .findFirst()
                .orElseThrow();
    }
}
