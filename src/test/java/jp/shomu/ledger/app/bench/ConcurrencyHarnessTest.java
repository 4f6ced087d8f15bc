package jp.shomu.ledger.app.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import jp.shomu.ledger.app.cli.Cli;
import jp.shomu.ledger.app.cli.CliEnvironment;
import jp.shomu.ledger.domain.ledger.LedgerLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A short run of the harness (4 writer processes, 3 s): nothing lost, no busy error escapes, verify passes — on a
 * file, and on a PostgreSQL database of its own when a server answers (created and dropped by the harness).
 */
class ConcurrencyHarnessTest {
    @TempDir
    Path dir;

    @Test
    void fourWriterProcessesOnTheSameCasesLoseNothing() {
        String text = runHarness(dir.resolve("bench.db").toString());
        assertTrue(text.contains("journal_mode"), text);
        assertTrue(text.contains("素の sqlite-jdbc"), text);
    }

    @Test
    void fourWriterProcessesOnAPostgresqlLedgerLoseNothingAndTheDatabasesAreDroppedAfterwards() {
        LedgerLocation.Server db = PostgresForBench.databaseOrSkip("harness");
        String text = runHarness(db.display());
        assertTrue(text.contains("PostgreSQL " + db.display()), text);
        assertTrue(text.contains("素の pgjdbc"), text);
        assertFalse(PostgresForBench.exists(db, db.database()), "計測用のデータベースが残っています");
        assertFalse(PostgresForBench.exists(db, db.database() + "_raw"), "比較用のデータベースが残っています");
    }

    /** Runs the harness on {@code ledger} and checks what both backends must show; returns its output. */
    private static String runHarness(String ledger) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = new Cli(new CliEnvironment(
                        "tester", java.time.Clock.systemUTC(), new PrintWriter(out), new PrintWriter(err)))
                .with(BenchCommand.class)
                .run("bench", "concurrency", "--ledger", ledger, "--writers", "4", "--readers", "1", "--seconds", "3");
        String text = out + "\n" + err;
        assertEquals(0, code, text);
        assertTrue(text.contains("消失 0"), text);
        assertTrue(text.contains("0件のプロセス 0、ビジーで失敗 0"), text);
        assertTrue(text.contains("verify: OK"), text);
        assertTrue(text.contains("比率"), text);
        return text;
    }
}
