package jp.shomu.ledger.app.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import jp.shomu.ledger.domain.ledger.LedgerLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writer processes killed with SIGKILL at random moments, round after round: after each round the file passes
 * integrity_check and verify (audit chain, rows against their audit images) and no write a process had seen
 * committed is missing. The longer run is `bench crash --rounds 200`. The same on a PostgreSQL database of its own
 * when a server answers: the server sees the connections drop mid-save and rolls their transactions back.
 */
class CrashSafetyTest {
    @TempDir
    Path dir;

    @Test
    void killingWritersMidSaveNeverDamagesTheLedgerOrLosesACommittedWrite() {
        List<String> progress = new ArrayList<>();
        CrashLoop.Report report = new CrashLoop(dir.resolve("crash.db"), 3, 6, progress::add).run(6);
        assertTrue(
                report.problems().isEmpty(), String.join("\n", report.problems()) + "\n" + String.join("\n", progress));
        assertEquals(18, report.kills());
        assertTrue(progress.stream().allMatch(p -> p.endsWith("OK")), String.join("\n", progress));
    }

    @Test
    void killingWritersMidSaveOnAPostgresqlLedgerNeverBreaksTheChainOrLosesACommittedWrite() {
        LedgerLocation.Server db = PostgresForBench.databaseOrSkip("crash");
        List<String> progress = new ArrayList<>();
        BenchDatabase.create(db);
        CrashLoop.Report report;
        try {
            report = new CrashLoop(db, dir.resolve("crash"), 3, 6, progress::add).run(4);
        } finally {
            BenchDatabase.drop(db);
        }
        assertTrue(
                report.problems().isEmpty(), String.join("\n", report.problems()) + "\n" + String.join("\n", progress));
        assertEquals(12, report.kills());
        assertEquals(4, progress.size(), String.join("\n", progress));
        assertTrue(progress.stream().allMatch(p -> p.endsWith("OK")), String.join("\n", progress));
    }
}
