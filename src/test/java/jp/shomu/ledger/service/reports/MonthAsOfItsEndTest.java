package jp.shomu.ledger.service.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import jp.shomu.ledger.domain.kpi.Figure;
import jp.shomu.ledger.domain.kpi.MonthlyFigures;
import jp.shomu.ledger.domain.sla.SlaMetric;
import jp.shomu.ledger.domain.sla.SlaResult;
import jp.shomu.ledger.service.LedgerContext;
import jp.shomu.ledger.service.ProgressSink;
import jp.shomu.ledger.testing.Desk;
import jp.shomu.ledger.testing.MutableClock;
import jp.shomu.ledger.testing.TestLedgers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A month's figures are those of its end, rebuilt from the history: what happens later never moves them. */
class MonthAsOfItsEndTest {
    private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);

    @TempDir
    Path dir;

    private MutableClock clock;
    private LedgerContext ctx;
    private Desk desk;

    @BeforeEach
    void open() {
        clock = new MutableClock(d(9, 1));
        ctx = TestLedgers.create(dir.resolve("ledger.db"), clock);
        desk = new Desk(ctx, clock);
    }

    @AfterEach
    void close() {
        ctx.close();
    }

    private static LocalDate d(int month, int day) {
        return LocalDate.of(2026, month, day);
    }

    private MonthlyFigures november(LocalDate madeOn) {
        clock.set(madeOn);
        return new MonthlyReportService(ctx).figures(ctx.whoIs("leader"), NOVEMBER, false, ProgressSink.NONE);
    }

    private long approvedOnTimeOn1126() {
        long id = desk.receive("3-4", d(11, 19), "op-a", "共済 給付請求 見本", Map.of());
        desk.on(d(11, 25)).submit(id, "op-a");
        desk.on(d(11, 26)).approve(id, "op-c");
        assertTrue(
                desk.get(id).dueOn().isAfter(d(11, 25)), "due " + desk.get(id).dueOn());
        return id;
    }

    @Test
    void aCaseApprovedOnTimeAndReopenedNextMonthStaysCompleteAndOnTimeInItsMonth() {
        long id = approvedOnTimeOn1126();
        MonthlyFigures before = november(d(12, 2));
        desk.on(d(12, 3)).reopen(id, "leader", "OMISSION");
        MonthlyFigures after = november(d(12, 7));

        assertEquals(1, after.totals().get(Figure.COMPLETED));
        assertEquals(1, after.totals().get(Figure.ON_TIME));
        assertEquals(1, after.totals().get(Figure.DOUBLE_CHECKED));
        assertEquals(0, after.totals().get(Figure.OPEN_AT_MONTH_END));
        assertEquals(0, after.totals().get(Figure.OPEN_OVERDUE));
        assertTrue(
                after.alerts().stream().noneMatch(a -> a.caseId() == id),
                after.alerts().toString());
        for (Figure f : Figure.values()) {
            assertEquals(before.totals().get(f), after.totals().get(f), f.name());
        }
        assertEquals(before.anchor(), after.anchor());
    }

    @Test
    void timeLoggedAfterMonthEndForADayOfTheMonthDoesNotMoveTheMonth() {
        long id = approvedOnTimeOn1126();
        desk.logTime(id, "op-a", d(11, 25), 30);
        MonthlyFigures before = november(d(12, 1));
        clock.set(d(12, 4));
        desk.logTime(id, "op-a", d(11, 26), 45);
        MonthlyFigures after = november(d(12, 7));
        assertEquals(30, before.totals().get(Figure.MINUTES_LOGGED));
        assertEquals(30, after.totals().get(Figure.MINUTES_LOGGED));
    }

    @Test
    void aRecordMadeAfterMonthEndForThatMonthAppearsAsACorrectionInTheNextMonthsReport() {
        long id = approvedOnTimeOn1126();
        clock.set(d(12, 4));
        desk.logTime(id, "op-a", d(11, 26), 45);
        long late = new jp.shomu.ledger.service.cases.CaseService(ctx)
                .create(
                        ctx.whoIs("op-b"),
                        "3-4",
                        "11月30日受付分を後から登録",
                        Map.of(
                                "targetEmployee",
                                "99000001",
                                "procedureKind",
                                "給付請求",
                                "eventDate",
                                "2026-11-30",
                                "receivedOn",
                                "2026-11-30"));
        clock.set(d(12, 7));
        MonthlyFigures december = new MonthlyReportService(ctx)
                .figures(ctx.whoIs("leader"), YearMonth.of(2026, 12), false, ProgressSink.NONE);
        assertEquals(0, november(d(12, 7)).corrections().size(), "nothing recorded in November belongs before it");
        var corrections = december.corrections();
        assertEquals(2, corrections.size(), corrections.toString());
        assertTrue(corrections.stream().allMatch(c -> c.month().equals(NOVEMBER)), corrections.toString());
        assertEquals(45, corrections.stream().mapToLong(c -> c.minutesChange()).sum());
        assertEquals(1, corrections.stream().mapToLong(c -> c.receivedChange()).sum());
        assertTrue(corrections.stream().anyMatch(c -> c.caseId() == late));
        assertEquals(0, december.totals().get(Figure.RECEIVED), "the late case is November's, not December's");
    }

    @Test
    void accuracyDoesNotSubtractACaseCompletedInAnotherMonth() {
        long october = desk.receive("3-4", d(10, 1), "op-a", "10月に完了", Map.of());
        desk.on(d(10, 5)).submit(october, "op-a");
        desk.on(d(10, 7)).approve(october, "op-c");
        approvedOnTimeOn1126();
        desk.on(d(11, 27)).reopen(october, "leader", "OMISSION");
        MonthlyFigures f = november(d(12, 7));
        assertEquals(1, f.totals().get(Figure.COMPLETED));
        assertEquals(1, f.totals().get(Figure.ERRORS_AFTER_COMPLETION), "the error counts in the month it was found");
        SlaResult accuracy = f.sla().stream()
                .filter(r -> r.item().metric() == SlaMetric.ACCURACY)
                .findFirst()
                .orElseThrow();
        assertEquals(1, accuracy.numerator(), accuracy.toString());
        assertEquals(1, accuracy.denominator(), accuracy.toString());
    }

    @Test
    void theStandardTimeRatioComparesMinutesOnTheMonthsCompletedCasesWithTheirStandardMinutes() {
        long done = approvedOnTimeOn1126();
        desk.logTime(done, "op-a", d(10, 30), 5); // any day: the case's whole time
        desk.logTime(done, "op-a", d(11, 25), 30);
        long open = desk.receive("3-4", d(11, 20), "op-a", "未完了", Map.of());
        desk.logTime(open, "op-a", d(11, 24), 100);
        MonthlyFigures f = november(d(12, 7));
        assertEquals(130, f.totals().get(Figure.MINUTES_LOGGED), "minutes by 作業日, whatever the case");
        assertEquals(35, f.totals().get(Figure.COMPLETED_MINUTES), "minutes on the cases completed in the month");
        int standard = ctx.catalog().taskType("3-4").orElseThrow().standardMinutes();
        assertEquals(standard, f.totals().get(Figure.STANDARD_MINUTES));
    }
}
