package jp.shomu.ledger.app.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writer processes killed with SIGKILL at random moments, round after round: after each round the file passes
 * integrity_check and verify (audit chain, rows against their audit images) and no write a process had seen
 * committed is missing. The longer run is `bench crash --rounds 200`.
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
}
