package jp.shomu.ledger.app.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import jp.shomu.ledger.app.cli.CliRunner;
import jp.shomu.ledger.domain.calendar.JapanTime;
import jp.shomu.ledger.service.LedgerContext;
import jp.shomu.ledger.service.archive.ArchiveService;
import jp.shomu.ledger.service.sample.BulkLedger;
import jp.shomu.ledger.store.Ledger;
import jp.shomu.ledger.store.Sql;
import jp.shomu.ledger.store.audit.LedgerVerifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Smoke test of the five-year benchmark at 2,000 cases: the generator writes a ledger that verifies, the bench
 * runs on it, and a fiscal year archived from it keeps its month figures, split between the archive and the ledger.
 */
class FiveYearLedgerTest {
    private static final Clock TODAY = Clock.fixed(Instant.parse("2026-11-24T01:00:00Z"), JapanTime.ZONE);

    @TempDir
    Path dir;

    private static long sum(List<MonthFigures.Row> rows) {
        return rows.stream().mapToLong(MonthFigures.Row::received).sum();
    }

    private static Map<String, List<Long>> byType(List<MonthFigures.Row> rows) {
        Map<String, List<Long>> m = new TreeMap<>();
        rows.forEach(r -> m.put(r.typeCode(), List.of(r.received(), r.done(), r.onTime())));
        return m;
    }

    private static Map<String, List<Long>> add(Map<String, List<Long>> a, Map<String, List<Long>> b) {
        Map<String, List<Long>> m = new TreeMap<>(a);
        b.forEach((k, v) ->
                m.merge(k, v, (x, y) -> List.of(x.get(0) + y.get(0), x.get(1) + y.get(1), x.get(2) + y.get(2))));
        return m;
    }

    @Test
    void generateBenchAndArchiveAYearOfASmallFiveYearLedger() {
        Path file = dir.resolve("five-years.db");
        CliRunner cli = new CliRunner(BulkLedger.ADMIN, TODAY);
        CliRunner.Result gen = cli.run(
                "bench",
                "generate",
                "--ledger",
                file.toString(),
                "--cases",
                "2000",
                "--until",
                "2026-11-24",
                "--batch",
                "500",
                "--verify");
        assertEquals(0, gen.code(), gen.err());
        assertTrue(gen.out().contains("verify: OK"), gen.out());

        CliRunner.Result bench =
                cli.run("bench", "ledger", "--ledger", file.toString(), "--queries", "10", "--saves", "5");
        assertEquals(0, bench.code(), bench.err());
        for (String row : List.of(
                "一覧: 中区分+未完了の状態",
                "検索: 3文字以上",
                "検索: 1〜2文字・当たらない語",
                "月次集計",
                "保存: CaseService.update",
                "RESULT heap_mb=")) {
            assertTrue(bench.out().contains(row), bench.out());
        }

        YearMonth june2023 = YearMonth.of(2023, 6);
        List<MonthFigures.Row> before;
        try (LedgerContext ctx = LedgerContext.open(file, TODAY)) {
            assertTrue(LedgerVerifier.verify(ctx.ledger()).ok(), "bench saves keep the ledger verifiable");
            before = ctx.ledger().read(c -> MonthFigures.of(c, june2023));
            long openInYear = ctx.ledger()
                    .read(c -> Sql.queryOne(
                                    c,
                                    "SELECT COUNT(*) FROM case_file WHERE received_on"
                                            + " BETWEEN '2023-04-01' AND '2024-03-31' AND status NOT IN ('DONE','WITHDRAWN')",
                                    rs -> rs.getLong(1))
                            .orElseThrow());
            ArchiveService.Outcome o = new ArchiveService(ctx)
                    .archive(ctx.whoIs(BulkLedger.ADMIN), 2023, ArchiveService.Options.standard(), line -> {});
            assertTrue(o.removed() > 300, "a year of a 2,000-case five-year ledger: " + o.removed());
            assertEquals(openInYear, o.openLeft());
            assertTrue(LedgerVerifier.verify(ctx.ledger()).ok());
            try (Ledger archive = Ledger.open(o.archive(), TODAY)) {
                assertTrue(archive.isArchive());
                List<MonthFigures.Row> inArchive = archive.read(c -> MonthFigures.of(c, june2023));
                List<MonthFigures.Row> inLedger = ctx.ledger().read(c -> MonthFigures.of(c, june2023));
                assertTrue(sum(inArchive) > sum(inLedger), "most of June 2023 moved: " + inArchive + " / " + inLedger);
                assertEquals(
                        byType(before), add(byType(inArchive), byType(inLedger)), "the month is split, nothing lost");
                assertTrue(LedgerVerifier.verify(archive).ok());
            }
        }
    }
}
