package jp.shomu.ledger.service.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.shomu.ledger.domain.calc.CaseCalculator;
import jp.shomu.ledger.domain.calendar.BusinessCalendar;
import jp.shomu.ledger.domain.catalog.Catalog;
import jp.shomu.ledger.domain.catalog.TaskType;
import jp.shomu.ledger.domain.catalog.Threshold;
import jp.shomu.ledger.store.settings.CatalogFormatException;
import jp.shomu.ledger.store.settings.CatalogJson;
import org.junit.jupiter.api.Test;

/** Every calculated field of the shipped catalog against examples worked out by hand. */
class CalculatedFieldsTest {
    private static final Catalog CATALOG = CatalogJson.bundled();
    private static final CaseCalculator CALC = new CaseCalculator(BusinessCalendar.standard(), CATALOG);

    private static Map<String, String> calc(String type, String... keyValues) {
        return calc(CALC, type, keyValues);
    }

    private static Map<String, String> calc(CaseCalculator calculator, String type, String... keyValues) {
        Map<String, String> fields = new HashMap<>();
        fields.put("receivedOn", "2026-12-01");
        for (int i = 0; i < keyValues.length; i += 2) {
            fields.put(keyValues[i], keyValues[i + 1]);
        }
        return calculator.apply(CATALOG.taskType(type).orElseThrow(), fields);
    }

    @Test
    void daysElapsedCountsCalendarDaysFromTheEventToTheNotification() {
        assertEquals(
                "15",
                calc("1-2", "eventDate", "2026-11-20", "notifiedOn", "2026-12-05")
                        .get("daysElapsed"));
        assertEquals(null, calc("1-2", "eventDate", "2026-11-20").get("daysElapsed"), "blank until both are known");
    }

    @Test
    void payStartMonthFollowsTheFifteenDayRule() {
        // notified within 15 days: the month after the event
        assertEquals(
                "2026-12",
                calc("2-2", "eventDate", "2026-11-20", "notifiedOn", "2026-12-05")
                        .get("payStartMonth"));
        // an event on the 1st starts that month
        assertEquals(
                "2026-12",
                calc("2-2", "eventDate", "2026-12-01", "notifiedOn", "2026-12-10")
                        .get("payStartMonth"));
        // 16 days late: the month after the notification was received
        assertEquals(
                "2027-01",
                calc("2-2", "eventDate", "2026-11-20", "notifiedOn", "2026-12-06")
                        .get("payStartMonth"));
        // late, but received on the 1st: that month
        assertEquals(
                "2027-02",
                calc("2-2", "eventDate", "2026-11-20", "notifiedOn", "2027-02-01")
                        .get("payStartMonth"));
    }

    @Test
    void expiryMonthCountsTheLoanMonthAsTheFirst() {
        assertEquals(
                "2029-04",
                calc("2-8", "loanDate", "2027-05-15", "loanPeriodMonths", "24").get("expiryMonth"));
        assertEquals(
                "2027-01",
                calc("2-8", "loanDate", "2027-01-31", "loanPeriodMonths", "1").get("expiryMonth"));
    }

    @Test
    void mutualAidRecognitionDateAndLegalDeadline() {
        Map<String, String> within =
                calc("3-1", "procedureKind", "被扶養者認定", "eventDate", "2026-11-01", "reportedOn", "2026-12-01");
        assertEquals("2026-11-01", within.get("recognitionDate"), "30 days: recognised from the event");
        assertEquals("2026-12-01", within.get("legalDeadline"));
        assertEquals(
                "2026-12-02",
                calc("3-1", "procedureKind", "被扶養者認定", "eventDate", "2026-11-01", "reportedOn", "2026-12-02")
                        .get("recognitionDate"),
                "31 days: from the report");
        Map<String, String> joining =
                calc("3-1", "procedureKind", "資格取得", "eventDate", "2026-11-20", "reportedOn", "2026-11-21");
        assertEquals("2026-11-25", joining.get("legalDeadline"), "5 calendar days from 事実発生日");
        assertEquals(null, joining.get("recognitionDate"));
        assertEquals(
                "2026-11-25",
                calc("3-2", "procedureKind", "資格取得", "eventDate", "2026-11-20").get("legalDeadline"));
    }

    @Test
    void socialInsuranceStatutoryDeadlinePerProcedure() {
        assertEquals(
                "2026-11-25",
                calc("3-3", "procedureKind", "厚年資格取得", "eventDate", "2026-11-20")
                        .get("statutoryDeadline"));
        assertEquals(
                "2027-01-10",
                calc("3-3", "procedureKind", "雇保資格取得", "eventDate", "2026-12-31")
                        .get("statutoryDeadline"));
        assertEquals(
                "2027-04-11",
                calc("3-3", "procedureKind", "雇保資格喪失", "eventDate", "2027-04-01")
                        .get("statutoryDeadline"));
        assertEquals(
                "2027-07-10",
                calc("3-3", "procedureKind", "算定基礎", "eventDate", "2027-07-01").get("statutoryDeadline"));
        assertEquals(
                null,
                calc("3-3", "procedureKind", "月額変更", "eventDate", "2027-07-01").get("statutoryDeadline"));
    }

    @Test
    void claimDeadlineIsTwoYearsAndALeapDayEndsOnTheMonthEnd() {
        assertEquals("2026-02-28", calc("3-4", "eventDate", "2024-02-29").get("claimDeadline"));
        assertEquals("2028-11-20", calc("3-4", "eventDate", "2026-11-20").get("claimDeadline"));
    }

    @Test
    void copierUsageAndCharge() {
        Map<String, String> f = calc(
                "6-2",
                "prevMono",
                "1000",
                "currMono",
                "1500",
                "prevColor",
                "100",
                "currColor",
                "160",
                "monoUnitPrice",
                "2",
                "colorUnitPrice",
                "15",
                "baseFee",
                "3000");
        assertEquals("500", f.get("monoPages"));
        assertEquals("60", f.get("colorPages"));
        assertEquals("4900", f.get("usageFee"), "500×2 + 60×15 + 3,000");
        Map<String, String> replaced = calc(
                "6-2",
                "prevMono",
                "1000",
                "currMono",
                "300",
                "deviceReplaced",
                "true",
                "oldDeviceFinalCounter",
                "1200",
                "newDeviceStartCounter",
                "0",
                "monoUnitPrice",
                "2");
        assertEquals("500", replaced.get("monoPages"), "(1,200 − 1,000) + (300 − 0)");
        assertEquals("1000", replaced.get("usageFee"), "a blank colour part and base fee add nothing");
    }

    @Test
    void appointmentCoverageUsesTheYearsThreshold() {
        assertEquals("true", calc("1-1", "weeklyMinutes", "1200").get("coverageByHours"));
        assertEquals("false", calc("1-1", "weeklyMinutes", "1140").get("coverageByHours"));
        TaskType type = CATALOG.taskType("1-1").orElseThrow();
        var c4 = type.checklistItem("c4").orElseThrow();
        assertEquals(
                Optional.of(true),
                CALC.check(
                        type,
                        c4,
                        Map.of(
                                "receivedOn",
                                "2026-12-01",
                                "weeklyMinutes",
                                "1200",
                                "payBasis",
                                "月額",
                                "payRate",
                                "88000")));
        assertEquals(
                Optional.of(false),
                CALC.check(
                        type,
                        c4,
                        Map.of(
                                "receivedOn",
                                "2026-12-01",
                                "weeklyMinutes",
                                "1200",
                                "payBasis",
                                "月額",
                                "payRate",
                                "87999")));
        assertEquals(
                Optional.empty(),
                CALC.check(type, c4, Map.of("receivedOn", "2026-12-01")),
                "no hint until the hours are typed");
        TaskType mutual = CATALOG.taskType("3-1").orElseThrow();
        assertEquals(
                Optional.of(false),
                CALC.check(
                        mutual,
                        mutual.checklistItem("c2").orElseThrow(),
                        Map.of("receivedOn", "2026-12-01", "procedureKind", "被扶養者認定", "dependantIncome", "1300000")));
    }

    @Test
    void theSameCaseInTwoFiscalYearsMeetsEachYearsThreshold() {
        // next year's catalog lowers the weekly hours to 10 from fiscal 2027: a catalog change, not a code change
        List<Threshold> thresholds = CATALOG.thresholds().stream()
                .map(t -> !t.key().equals("shortTermWeeklyHours")
                        ? t
                        : new Threshold(
                                t.key(),
                                t.label(),
                                t.unit(),
                                t.basis(),
                                List.of(
                                        new Threshold.Value(2022, new BigDecimal(20)),
                                        new Threshold.Value(2027, new BigDecimal(10)))))
                .toList();
        Catalog next = new Catalog(
                CATALOG.version(),
                CATALOG.majors(),
                CATALOG.errorCategories(),
                CATALOG.taskTypes(),
                thresholds,
                CATALOG.seasonal());
        CaseCalculator calculator = new CaseCalculator(BusinessCalendar.standard(), next);
        assertEquals(
                "false",
                calc(calculator, "1-1", "weeklyMinutes", "900", "receivedOn", "2027-03-31")
                        .get("coverageByHours"));
        assertEquals(
                "true",
                calc(calculator, "1-1", "weeklyMinutes", "900", "receivedOn", "2027-04-01")
                        .get("coverageByHours"));
    }

    @Test
    void aMalformedFormulaInTheCatalogIsRefusedAtLoad() {
        CatalogFormatException bad = assertThrows(
                CatalogFormatException.class,
                () -> withFormula("\"days(eventDate, notifiedOn)\"", "\"days(eventDate, notifiedOn\""));
        assertTrue(
                bad.getMessage().contains("types/1-2.json") && bad.getMessage().contains("「)」がありません"),
                bad.getMessage());
        CatalogFormatException unknown = assertThrows(
                CatalogFormatException.class,
                () -> withFormula("\"days(eventDate, notifiedOn)\"", "\"days(eventDate, receivedAt)\""));
        assertTrue(unknown.getMessage().contains("項目「receivedAt」がありません"), unknown.getMessage());
    }

    private static Catalog withFormula(String from, String to) {
        return CatalogJson.read(name -> {
            var in = CatalogJson.class.getResourceAsStream("/catalog/" + name);
            if (!name.equals("types/1-2.json")) {
                return in;
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace(from, to);
            return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
        });
    }
}
