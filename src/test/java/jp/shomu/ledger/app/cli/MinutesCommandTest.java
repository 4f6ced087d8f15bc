package jp.shomu.ledger.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** minutes --ledger F [--since DATE] [--propose CODE] on the sample ledger's completed cases. */
class MinutesCommandTest {
    @TempDir
    Path dir;

    private final CliRunner cli = new CliRunner("tester");

    @Test
    void everyTypeIsComparedAndAFlaggedOneIsProposedForApproval() {
        String ledger = dir.resolve("l.db").toString();
        assertEquals(0, cli.run("init", "--ledger", ledger, "--sample").code());
        CliRunner.Result r = cli.run("minutes", "--ledger", ledger, "--since", "2000-01-01");
        assertEquals(0, r.code(), r.err());
        List<String[]> rows = r.out().lines().map(l -> l.split("\t")).toList();
        assertEquals(22, rows.size(), r.out());
        String flagged = null;
        String steady = null;
        for (String[] f : rows) {
            int cases = Integer.parseInt(f[3]);
            if (cases > 0) {
                double ratio = Double.parseDouble(f[2]) / Double.parseDouble(f[1]);
                // the printed actual is rounded to the minute, the ratio is not
                double tolerance = 0.5 / Double.parseDouble(f[1]) + 0.006;
                assertEquals(ratio, Double.parseDouble(f[4]), tolerance, String.join(" ", f));
            }
            if (f.length == 6) {
                assertEquals("見直し", f[5]);
                assertTrue(cases >= 20 && Math.abs(Double.parseDouble(f[4]) - 1) >= 0.295, String.join(" ", f));
                flagged = f[0];
            } else {
                steady = f[0];
            }
        }
        assertTrue(flagged != null, "the sample's send-backs and checks make some type take 30 % longer: " + r.out());

        CliRunner.Result proposed =
                cli.run("minutes", "--ledger", ledger, "--since", "2000-01-01", "--propose", flagged);
        assertEquals(0, proposed.code(), proposed.err());
        String proposals = cli.run("catalog", "proposals", "--ledger", ledger).out();
        assertTrue(proposals.contains(flagged + " ") && proposals.contains("標準処理時間"), proposals);
        assertEquals(
                1,
                cli.run("minutes", "--ledger", ledger, "--since", "2000-01-01", "--propose", steady)
                        .code());
    }
}
