package jp.shomu.ledger.app.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.shomu.ledger.app.cli.CliRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/** {@code bench desk} on a small bulk-built ledger; with -Dshomu.deskBench="ARGS" it runs the real measurement. */
class DeskBenchCommandTest {
    @TempDir
    Path dir;

    @Test
    void buildsALedgerAndTimesTheDeskBesideRawSqlite() {
        CliRunner.Result r = new CliRunner("admin")
                .run("bench", "desk", "--dir", dir.toString(), "--cases", "3000", "--rounds", "2", "--years", "1");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("案件 3,000 件"), r.out());
        Matcher m =
                Pattern.compile("RESULT desk_lines=(\\d+) desk_open_p50_ms=").matcher(r.out());
        assertTrue(m.find(), r.out());
        assertTrue(Integer.parseInt(m.group(1)) > 0, "the desk lists open cases: " + r.out());

        CliRunner.Result again =
                new CliRunner("admin").run("bench", "desk", "--dir", dir.toString(), "--reuse", "--rounds", "1");
        assertEquals(0, again.code(), again.err());
        assertTrue(again.out().contains("案件 3,000 件"), "the file is reused: " + again.out());
    }

    @Test
    @EnabledIfSystemProperty(named = "shomu.deskBench", matches = ".+")
    void measure() {
        CliRunner.Result r =
                new CliRunner("admin").run(("bench desk " + System.getProperty("shomu.deskBench")).split(" "));
        System.out.println(r.out());
        System.err.println(r.err());
        assertEquals(0, r.code());
    }
}
