package jp.shomu.ledger.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import jp.shomu.ledger.testing.LedgerFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fixed command-line contract of issue #13: case assign, case reassign, desk. */
class DeskCommandsTest {
    @TempDir
    Path dir;

    private long caseFrom(LedgerFixture f, String docsComplete) {
        Map<String, String> fields = new HashMap<>(LedgerFixture.ALLOWANCE_FIELDS);
        fields.put("receivedOn", docsComplete);
        fields.put("docsCompleteOn", docsComplete);
        return f.cases().create(f.op1, "2-2", "通勤手当", fields);
    }

    @Test
    void deskPrintsOneTabSeparatedLinePerCase() {
        long over;
        long soon;
        try (LedgerFixture f = LedgerFixture.in(dir)) {
            over = caseFrom(f, "2027-04-05");
            soon = caseFrom(f, "2027-04-08");
            caseFrom(f, "2027-04-12");
        }
        String file = dir.resolve("ledger.db").toString();
        CliRunner.Result r = new CliRunner("leader").run("desk", "--ledger", file);
        assertEquals(0, r.code(), r.err());
        assertEquals(
                "overdue\t" + over + "\t2-2\t受付\t2027-04-08\top1\t-2\n" + "soon\t" + soon
                        + "\t2-2\t受付\t2027-04-13\top1\t1\n",
                r.out().replace("\r\n", "\n"));
        assertEquals(
                3,
                new CliRunner("leader")
                        .run("desk", "--ledger", file, "--within", "3")
                        .out()
                        .lines()
                        .count());
        assertEquals(
                "",
                new CliRunner("leader")
                        .run("desk", "--ledger", file, "--type", "2-6")
                        .out());
    }

    @Test
    void assignNeedsTheCurrentVersionAndReassignPreviewsBeforeItMoves() {
        long a;
        long b;
        long version;
        try (LedgerFixture f = LedgerFixture.in(dir)) {
            a = caseFrom(f, "2027-04-12");
            b = caseFrom(f, "2027-04-12");
            version = f.version(a);
        }
        String file = dir.resolve("ledger.db").toString();
        CliRunner leader = new CliRunner("leader");
        CliRunner.Result ok = leader.run(
                "case",
                "assign",
                "--ledger",
                file,
                "--id",
                Long.toString(a),
                "--to",
                "op2",
                "--expect-version",
                Long.toString(version),
                "--reason",
                "応援");
        assertEquals(0, ok.code(), ok.err());
        assertEquals("version=" + (version + 1), ok.line());
        CliRunner.Result stale = leader.run(
                "case",
                "assign",
                "--ledger",
                file,
                "--id",
                Long.toString(a),
                "--to",
                "leader",
                "--expect-version",
                Long.toString(version));
        assertEquals(3, stale.code());
        CliRunner.Result denied = new CliRunner("op1")
                .run(
                        "case",
                        "assign",
                        "--ledger",
                        file,
                        "--id",
                        Long.toString(b),
                        "--to",
                        "op2",
                        "--expect-version",
                        "1");
        assertEquals(1, denied.code());

        CliRunner.Result preview =
                leader.run("case", "reassign", "--ledger", file, "--from", "op1", "--to", "op2,leader", "--dry-run");
        assertEquals(0, preview.code(), preview.err());
        assertTrue(preview.out().startsWith(b + "\t2-2\t2027-04-15\top1\tleader\t"), preview.out());
        assertTrue(preview.out().contains("load\top2\t1\t"), preview.out());
        assertTrue(leader.run("case", "list", "--ledger", file).out().contains(b + "\t2-2\t受付\t2027-04-15\t見本 一郎"));

        CliRunner.Result moved = leader.run("case", "reassign", "--ledger", file, "--from", "op1", "--to", "leader");
        assertEquals(0, moved.code(), moved.err());
        assertTrue(leader.run("case", "list", "--ledger", file).out().contains(b + "\t2-2\t受付\t2027-04-15\t試用 次郎"));
        assertEquals(0, leader.run("verify", "--ledger", file).code());
    }
}
