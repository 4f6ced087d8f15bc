package jp.shomu.ledger.app.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import jp.shomu.ledger.app.cli.Cli;
import jp.shomu.ledger.app.cli.CliEnvironment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A short run of the harness (4 writer processes, 3 s): nothing lost, no busy error escapes, verify passes. */
class ConcurrencyHarnessTest {
    @TempDir
    Path dir;

    @Test
    void fourWriterProcessesOnTheSameCasesLoseNothing() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = new Cli(new CliEnvironment(
                        "tester", java.time.Clock.systemUTC(), new PrintWriter(out), new PrintWriter(err)))
                .with(BenchCommand.class)
                .run(
                        "bench",
                        "concurrency",
                        "--ledger",
                        dir.resolve("bench.db").toString(),
                        "--writers",
                        "4",
                        "--readers",
                        "1",
                        "--seconds",
                        "3");
        String text = out + "\n" + err;
        assertEquals(0, code, text);
        assertTrue(text.contains("消失 0"), text);
        assertTrue(text.contains("0件のプロセス 0、ビジーで失敗 0"), text);
        assertTrue(text.contains("verify: OK"), text);
        assertTrue(text.contains("比率"), text);
    }
}
