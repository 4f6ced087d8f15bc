package jp.shomu.ledger.domain.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.shomu.ledger.domain.cases.InvalidInputException;
import org.junit.jupiter.api.Test;

/** The 6-2 meter rules, against examples worked by hand (docs/TABLES.md). */
class MeterHistoryTest {
    static final YearMonth APR = YearMonth.of(2027, 4);
    static final YearMonth MAY = YearMonth.of(2027, 5);
    static final YearMonth JUN = YearMonth.of(2027, 6);

    // 1.5円 and 12.3円 a page; installed with the counters at 10,000 and 2,000
    final Copier soumu = new Copier(1, "MFP-001", "総務課", 150, 1230, new Counts(10_000, 2_000), 1);

    private static MeterReading reading(YearMonth m, long mono, long colour, boolean replaced) {
        return new MeterReading(0, 1, m, new Counts(mono, colour), replaced, 1);
    }

    private MeterHistory history(MeterReading... readings) {
        return new MeterHistory(soumu, List.of(readings));
    }

    @Test
    void theFirstReadingCountsFromTheCountersTheMachineWasInstalledWith() {
        MeterHistory h = history(reading(APR, 12_345, 2_100, false));
        assertEquals(Optional.of(new Counts(2_345, 100)), h.usage(APR));
        // 2,345 × 1.5 + 100 × 12.3 = 3,517.5 + 1,230 = 4,747.5 → 4,747 (1円未満切捨て)
        assertEquals(Optional.of(4_747L), h.charge(APR));
    }

    @Test
    void usageIsThisReadingMinusTheLastWhateverOrderTheyCameIn() {
        MeterHistory h = history(reading(MAY, 14_000, 2_150, false), reading(APR, 12_345, 2_100, false));
        assertEquals(Optional.of(new Counts(1_655, 50)), h.usage(MAY));
        // 1,655 × 1.5 + 50 × 12.3 = 2,482.5 + 615 = 3,097.5 → 3,097
        assertEquals(Optional.of(3_097L), h.charge(MAY));
        assertEquals(Optional.empty(), h.usage(JUN));
    }

    @Test
    void aReplacedMeterCountsFromZero() {
        MeterHistory h = history(reading(APR, 12_345, 2_100, false), reading(MAY, 300, 20, true));
        assertEquals(Optional.of(new Counts(300, 20)), h.usage(MAY));
        // 300 × 1.5 + 20 × 12.3 = 450 + 246 = 696
        assertEquals(Optional.of(696L), h.charge(MAY));
    }

    @Test
    void aReadingLowerThanTheLastIsRefusedNamingTheMachineTheMonthAndTheLastReading() {
        MeterHistory h = history(reading(APR, 12_345, 2_100, false));
        InvalidInputException e =
                assertThrows(InvalidInputException.class, () -> h.check(MAY, new Counts(12_000, 2_200), false));
        assertTrue(e.getMessage().contains("MFP-001"), e.getMessage());
        assertTrue(e.getMessage().contains("2027-05"), e.getMessage());
        assertTrue(e.getMessage().contains("前回の検針値(2027-04: モノクロ 12,345、カラー 2,100)"), e.getMessage());
        // the colour counter alone going back is refused too
        assertThrows(InvalidInputException.class, () -> h.check(MAY, new Counts(13_000, 2_099), false));
        h.check(MAY, new Counts(12_000, 2_200), true); // after a replacement it is fine
        h.check(MAY, new Counts(12_345, 2_100), false); // an unused month is fine
    }

    @Test
    void theFirstReadingMayNotBeBelowTheInstalledCounters() {
        InvalidInputException e =
                assertThrows(InvalidInputException.class, () -> history().check(APR, new Counts(9_999, 2_000), false));
        assertTrue(e.getMessage().contains("設置時のカウンター"), e.getMessage());
    }

    @Test
    void anEarlierMonthMayNotBeEnteredAboveTheNextMonthsReading() {
        MeterHistory h = history(reading(MAY, 14_000, 2_150, false));
        InvalidInputException e =
                assertThrows(InvalidInputException.class, () -> h.check(APR, new Counts(14_500, 2_100), false));
        assertTrue(e.getMessage().contains("2027-05"), e.getMessage());
        // unless the next month's meter was a new one
        history(reading(MAY, 100, 10, true)).check(APR, new Counts(14_500, 2_100), false);
    }

    @Test
    void negativeCountersAreRefused() {
        assertThrows(InvalidInputException.class, () -> new Counts(-1, 0));
    }

    @Test
    void unitPricesAreKeptInSenAndAtMostTwoDecimals() {
        assertEquals(150, UnitPrice.sen("1.5"));
        assertEquals(1200, UnitPrice.sen("12"));
        assertEquals("1.50", UnitPrice.yen(150));
        assertThrows(InvalidInputException.class, () -> UnitPrice.sen("1.555"));
        assertThrows(InvalidInputException.class, () -> UnitPrice.sen("-1"));
        assertThrows(InvalidInputException.class, () -> UnitPrice.sen("一円"));
    }

    @Test
    void theSplitAddsTheChargesByDepartment() {
        Copier jinji = new Copier(2, "MFP-002", "人事課", 200, 1500, Counts.ZERO, 1);
        Copier soumu2 = new Copier(3, "MFP-003", "総務課", 150, 1230, Counts.ZERO, 1);
        List<MeterReading> readings = List.of(
                reading(APR, 12_345, 2_100, false),
                new MeterReading(0, 2, APR, new Counts(1_000, 10), false, 1),
                new MeterReading(0, 3, APR, new Counts(101, 1), false, 1));
        List<MeterLine> lines = List.of(soumu, jinji, soumu2).stream()
                .map(c -> MeterLine.of(new MeterHistory(c, readings), APR))
                .toList();
        // 人事課: 1,000 × 2 + 10 × 15 = 2,150; 総務課: 4,747 + (101 × 1.5 + 1 × 12.3 = 163.8 → 163) = 4,910
        assertEquals(
                Map.of("人事課", 2_150L, "総務課", 4_910L),
                DepartmentSplit.of(lines, l -> l.copier().department(), MeterLine::charge));
    }

    @Test
    void monthsAreTypedAsYearDashMonth() {
        assertEquals(APR, TableMonth.parse("2027-04"));
        assertThrows(InvalidInputException.class, () -> TableMonth.parse("2027/04"));
        assertThrows(InvalidInputException.class, () -> TableMonth.parse("2027-13"));
    }

    @Test
    void aReplacedMeterCountsBothCountersFromTheNewMetersStart() {
        // April read on the old meter at 12,345 / 2,100. In May the meter was replaced; the new one started at
        // 50 / 5 and reads 1,050 / 85 at month end: usage 1,050 − 50 = 1,000 mono, 85 − 5 = 80 colour.
        MeterHistory h = history(
                reading(APR, 12_345, 2_100, false),
                new MeterReading(0, 1, MAY, new Counts(1_050, 85), true, new Counts(50, 5), 1));
        assertEquals(Optional.of(new Counts(1_000, 80)), h.usage(MAY));
        // 1,000 × 1.5 + 80 × 12.3 = 1,500 + 984 = 2,484
        assertEquals(Optional.of(2_484L), h.charge(MAY));
        // June counts from May's reading on the new meter: 1,250 − 1,050 = 200, 95 − 85 = 10 → 300 + 123 = 423
        MeterHistory june = history(
                reading(APR, 12_345, 2_100, false),
                new MeterReading(0, 1, MAY, new Counts(1_050, 85), true, new Counts(50, 5), 1),
                reading(JUN, 1_250, 95, false));
        assertEquals(Optional.of(new Counts(200, 10)), june.usage(JUN));
        assertEquals(Optional.of(423L), june.charge(JUN));
    }

    @Test
    void aColourReadingBelowTheLastIsRefusedAsMonoIsAndBelowTheNewMetersStartToo() {
        MeterHistory h = history(reading(APR, 12_345, 2_100, false));
        InvalidInputException colourBack =
                assertThrows(InvalidInputException.class, () -> h.check(MAY, new Counts(12_400, 2_050), false));
        assertTrue(colourBack.getMessage().contains("前回の検針値(2027-04: モノクロ 12,345、カラー 2,100)"), colourBack.getMessage());
        h.check(MAY, new Counts(12_400, 2_050), true); // a new meter: fine
        // after a replacement, the new meter's start is the floor, mono and colour alike
        InvalidInputException belowStart = assertThrows(
                InvalidInputException.class, () -> h.check(MAY, new Counts(1_050, 4), true, new Counts(50, 5)));
        assertTrue(belowStart.getMessage().contains("新しいメーターの交換時のカウンター(モノクロ 50、カラー 5)"), belowStart.getMessage());
        assertThrows(InvalidInputException.class, () -> h.check(MAY, new Counts(49, 85), true, new Counts(50, 5)));
        h.check(MAY, new Counts(50, 5), true, new Counts(50, 5));
    }

    @Test
    void newTermsFromAMonthOnLeaveTheMonthsBeforeAsTheyWere() {
        // from June, 人事課 at 1.2円 / 10円
        MachineTerms june = new MachineTerms(1, 1, JUN, "人事課", 120, 1000, false, 1);
        MeterHistory h = new MeterHistory(
                soumu,
                List.of(
                        reading(APR, 12_345, 2_100, false),
                        reading(MAY, 14_000, 2_150, false),
                        reading(JUN, 15_000, 2_160, false)),
                List.of(june));
        // May still at 1.5 / 12.3: 1,655 × 1.5 + 50 × 12.3 = 3,097.5 → 3,097, charged to 総務課
        assertEquals(Optional.of(3_097L), h.charge(MAY));
        assertEquals("総務課", MeterLine.of(h, MAY).copier().department());
        // June at 1.2 / 10: 1,000 × 1.2 + 10 × 10 = 1,300, charged to 人事課
        assertEquals(Optional.of(1_300L), h.charge(JUN));
        assertEquals("人事課", MeterLine.of(h, JUN).copier().department());
        assertEquals("人事課", h.latest().department());
        // terms from a month already read are refused: May's charge would change after the fact
        MeterHistory read = history(reading(APR, 12_345, 2_100, false), reading(MAY, 14_000, 2_150, false));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> read.checkChangeFrom(MAY));
        assertTrue(e.getMessage().contains("2027-06 以降の月を指定してください"), e.getMessage());
        read.checkChangeFrom(JUN);
    }

    @Test
    void aRetiredMachineLeavesTheTableFromItsMonthAndTakesNoReadings() {
        MachineTerms gone = new MachineTerms(1, 1, JUN, "総務課", 150, 1230, true, 1);
        MeterHistory h = new MeterHistory(soumu, List.of(reading(MAY, 14_000, 2_150, false)), List.of(gone));
        assertTrue(h.inUse(MAY));
        assertEquals(false, h.inUse(JUN));
        assertEquals(Optional.of(JUN), h.retiredFrom());
        InvalidInputException e =
                assertThrows(InvalidInputException.class, () -> h.check(JUN, new Counts(15_000, 2_200), false));
        assertTrue(e.getMessage().contains("2027-06 から撤去されている"), e.getMessage());
        assertThrows(InvalidInputException.class, () -> h.checkChangeFrom(YearMonth.of(2027, 7)));
    }
}
