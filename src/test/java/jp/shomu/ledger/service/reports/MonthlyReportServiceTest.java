package jp.shomu.ledger.service.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import jp.shomu.ledger.domain.kpi.CaseAlert;
import jp.shomu.ledger.domain.kpi.ErrorAnalysis;
import jp.shomu.ledger.domain.kpi.Figure;
import jp.shomu.ledger.domain.kpi.MonthlyFigures;
import jp.shomu.ledger.domain.kpi.TypeFigures;
import jp.shomu.ledger.domain.sla.SlaMetric;
import jp.shomu.ledger.domain.sla.SlaResult;
import jp.shomu.ledger.domain.staff.PermissionDeniedException;
import jp.shomu.ledger.service.CancelledException;
import jp.shomu.ledger.service.ProgressSink;
import jp.shomu.ledger.testing.OctoberExpected;
import jp.shomu.ledger.testing.OctoberFacts;
import jp.shomu.ledger.testing.OctoberMonth;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The October figures against an independent computation from the hand-written facts (docs/REPORTS.md). */
class MonthlyReportServiceTest {
    @TempDir
    static Path dir;

    static OctoberMonth october;
    static MonthlyFigures figures;

    @BeforeAll
    static void build() {
        october = OctoberMonth.build(dir.resolve("october.db"));
        figures = new MonthlyReportService(october.ctx)
                .figures(october.ctx.whoIs("leader"), OctoberMonth.MONTH, true, ProgressSink.NONE);
    }

    @AfterAll
    static void close() {
        october.ctx.close();
    }

    @Test
    void theHandCountedDueDatesAreTheLedgersDueDates() {
        for (OctoberFacts.Case c : OctoberFacts.CASES) {
            var stored = october.ctx
                    .ledger()
                    .read(conn -> jp.shomu.ledger.store.cases.CaseRepository.get(conn, october.id(c.name())))
                    .orElseThrow();
            if (stored.status().isClosed() || c.name().equals("K13")) {
                assertEquals(c.due(), stored.dueOn(), c.name());
            }
            assertEquals(c.received(), stored.receivedOn(), c.name());
            assertEquals(c.completed(), stored.completedOn(), c.name());
        }
    }

    @Test
    void everyFigureOfEveryTaskTypeMatchesTheIndependentComputation() {
        for (TypeFigures t : figures.types()) {
            for (Figure f : Figure.values()) {
                assertEquals(OctoberExpected.figure(f, t.code()), t.get(f), t.code() + " " + f);
            }
        }
        for (Figure f : Figure.values()) {
            assertEquals(OctoberExpected.figure(f, null), figures.totals().get(f), "合計 " + f);
        }
    }

    @Test
    void theTotalsAreTheOnesCountedByHand() {
        Map<Figure, Long> byHand = Map.ofEntries(
                Map.entry(Figure.RECEIVED, 13L),
                Map.entry(Figure.COMPLETED, 6L),
                Map.entry(Figure.ON_TIME, 4L),
                Map.entry(Figure.COMPLETED_LATE, 2L),
                Map.entry(Figure.COMPLETED_NO_DUE, 0L),
                Map.entry(Figure.WITHDRAWN, 1L),
                Map.entry(Figure.OPEN_AT_MONTH_END, 8L),
                Map.entry(Figure.OPEN_OVERDUE, 2L),
                Map.entry(Figure.OPEN_NO_DUE, 1L),
                Map.entry(Figure.APPROVALS, 7L),
                Map.entry(Figure.SEND_BACKS, 3L),
                Map.entry(Figure.ERRORS_AFTER_COMPLETION, 1L),
                Map.entry(Figure.ERROR_CASES, 1L),
                Map.entry(Figure.DOUBLE_CHECKED, 6L),
                Map.entry(Figure.MINUTES_LOGGED, 150L),
                Map.entry(Figure.STANDARD_MINUTES, 141L));
        byHand.forEach((f, n) -> assertEquals(n, figures.totals().get(f), f.toString()));
    }

    @Test
    void theDefaultSlaItemsAreJudgedOnExactFractions() {
        Map<SlaMetric, SlaResult> r = new java.util.EnumMap<>(SlaMetric.class);
        figures.sla().forEach(x -> r.put(x.item().metric(), x));
        assertEquals(
                List.of(
                        SlaMetric.ON_TIME_RATE,
                        SlaMetric.ACCURACY,
                        SlaMetric.DOUBLE_CHECK_RATE,
                        SlaMetric.ERROR_COUNT,
                        SlaMetric.OVERDUE_COUNT),
                figures.sla().stream().map(x -> x.item().metric()).toList());
        assertFraction(r.get(SlaMetric.ON_TIME_RATE), 4, 6, SlaResult.Verdict.NOT_MET, "66.6%(4/6件)");
        assertFraction(r.get(SlaMetric.ACCURACY), 5, 6, SlaResult.Verdict.NOT_MET, "83.3%(5/6件)");
        assertFraction(r.get(SlaMetric.DOUBLE_CHECK_RATE), 6, 6, SlaResult.Verdict.MET, "100.0%(6/6件)");
        assertFraction(r.get(SlaMetric.ERROR_COUNT), 1, 0, SlaResult.Verdict.NOT_MET, "1件");
        assertFraction(r.get(SlaMetric.OVERDUE_COUNT), 4, 0, SlaResult.Verdict.NOT_MET, "4件");
    }

    private static void assertFraction(SlaResult r, long num, long den, SlaResult.Verdict verdict, String text) {
        assertEquals(num, r.numerator(), r.item().name());
        assertEquals(den, r.denominator(), r.item().name());
        assertEquals(verdict, r.verdict(), r.item().name());
        assertEquals(text, r.actualText(), r.item().name());
    }

    @Test
    void theOverdueAndUnreviewedListGivesEachCaseOnceWithItsReason() {
        List<String> listed = figures.alerts().stream()
                .map(a -> name(a.caseId()) + ":" + a.kind() + ":" + a.businessDaysOver())
                .toList();
        assertEquals(
                List.of(
                        "K6:OVERDUE_OPEN:15",
                        "K15:OVERDUE_OPEN:15",
                        "K9:LATE_DONE:28",
                        "K2:LATE_DONE:2",
                        "K12:NO_DUE_DATE:0",
                        "K16:AT_RISK:0",
                        "K5:AT_RISK:0",
                        "K13:AWAITING_CHECK:0",
                        "K10:CITY_APPROVAL:0"),
                listed);
        CaseAlert k15 = figures.alerts().get(1);
        assertTrue(k15.reason().contains("保留中") && k15.reason().contains("見本局 人事課"), k15.reason());
        CaseAlert k16 = figures.alerts().get(5);
        assertEquals("完了(11月1日)", k16.situation());
        assertTrue(k16.reason().contains("残り1営業日"), k16.reason());
        assertTrue(
                figures.alerts().get(8).reason().contains("10月28日 に承認済(期限内)"),
                figures.alerts().get(8).reason());
    }

    @Test
    void errorsAreAnalysedByCategoryAndTaskTypeAndOperator() {
        ErrorAnalysis e = figures.errors();
        ErrorAnalysis.TypeRow t34 = e.types().stream()
                .filter(t -> t.typeCode().equals("3-4"))
                .findFirst()
                .orElseThrow();
        assertEquals(Map.of("INPUT", 1L, "CALCULATION", 1L, "DEADLINE", 1L), t34.sendBacks());
        assertEquals(Map.of("OMISSION", 1L), t34.afterCompletion());
        ErrorAnalysis.TypeRow t22 = e.types().stream()
                .filter(t -> t.typeCode().equals("2-2"))
                .findFirst()
                .orElseThrow();
        assertEquals(Map.of("RULE", 1L), t22.sendBacks());
        assertEquals(2, e.types().size());
        assertEquals(
                List.of(new ErrorAnalysis.OperatorRow("架空 一郎", 7, 2), new ErrorAnalysis.OperatorRow("見本 花子", 3, 1)),
                e.operators());
    }

    @Test
    void operatorsAreNotNamedUnlessALeaderAsksForNames() {
        MonthlyFigures anonymous = new MonthlyReportService(october.ctx)
                .figures(october.ctx.whoIs("leader"), OctoberMonth.MONTH, false, ProgressSink.NONE);
        assertEquals(
                List.of("担当者A", "担当者B"),
                anonymous.errors().operators().stream()
                        .map(ErrorAnalysis.OperatorRow::label)
                        .toList());
        assertFalse(anonymous.errors().namesShown());
        assertThrows(
                PermissionDeniedException.class,
                () -> new MonthlyReportService(october.ctx)
                        .figures(october.ctx.whoIs("auditor"), OctoberMonth.MONTH, true, ProgressSink.NONE));
        assertThrows(
                PermissionDeniedException.class,
                () -> new MonthlyReportService(october.ctx)
                        .figures(october.ctx.whoIs("op-a"), OctoberMonth.MONTH, false, ProgressSink.NONE));
    }

    @Test
    void aCancelledReportStops() {
        ProgressSink cancelled = new ProgressSink() {
            @Override
            public void progress(long done, long total, String message) {}

            @Override
            public boolean cancelled() {
                return true;
            }
        };
        assertThrows(
                CancelledException.class,
                () -> new MonthlyReportService(october.ctx)
                        .figures(october.ctx.whoIs("leader"), OctoberMonth.MONTH, false, cancelled));
    }

    private static String name(long id) {
        return october.ids.entrySet().stream()
                .filter(e -> e.getValue() == id)
                .map(Map.Entry::getKey)
                .findFirst()
                .orElseThrow();
    }
}
