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
    void theWindowAndTheCutoffAreStoredAuditedAndUsedWhenNotGiven() throws Exception {
        try (LedgerFixture f = LedgerFixture.in(dir)) {
            caseFrom(f, "2027-04-05");
            caseFrom(f, "2027-04-08");
            caseFrom(f, "2027-04-12");
        }
        String file = dir.resolve("ledger.db").toString();
        CliRunner leader = new CliRunner("leader");
        assertEquals(2, leader.run("desk", "--ledger", file).out().lines().count(), "default window: 2");
        assertEquals(
                1,
                new CliRunner("op1")
                        .run("desk", "set", "--ledger", file, "--within", "3")
                        .code());
        assertEquals(
                1, leader.run("desk", "set", "--ledger", file, "--within", "21").code());
        CliRunner.Result set = leader.run("desk", "set", "--ledger", file, "--within", "3");
        assertEquals(0, set.code(), set.err());
        assertEquals(3, leader.run("desk", "--ledger", file).out().lines().count(), "the stored window is used");
        assertEquals(
                2,
                leader.run("desk", "--ledger", file, "--within", "2")
                        .out()
                        .lines()
                        .count(),
                "--within still wins");

        assertEquals(
                "2027-04\t\n",
                leader.run("desk", "cutoff", "--ledger", file, "--month", "2027-04")
                        .out());
        assertEquals(
                1,
                leader.run("desk", "cutoff", "--ledger", file, "--month", "2027-04", "--date", "2027-05-15")
                        .code(),
                "the day must fall in the month");
        CliRunner.Result cut =
                leader.run("desk", "cutoff", "--ledger", file, "--month", "2027-04", "--date", "2027-04-15");
        assertEquals(0, cut.code(), cut.err());
        assertEquals("2027-04\t2027-04-15\n", cut.out().replace("\r\n", "\n"));
        CliRunner.Result desk = leader.run("desk", "--ledger", file);
        assertTrue(desk.err().contains("給与の締め日 2027-04-15 までに期限の来る未完了: 3 件"), desk.err());

        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file);
                var rs = c.createStatement()
                        .executeQuery(
                                "SELECT entity_id, actor, after FROM audit_log WHERE entity = 'setting' ORDER BY seq")) {
            assertTrue(rs.next());
            assertEquals("desk.within", rs.getString(1));
            assertEquals("leader", rs.getString(2));
            assertTrue(rs.getString(3).contains("3"), rs.getString(3));
            assertTrue(rs.next());
            assertEquals("payroll_cutoff.2027-04", rs.getString(1));
        }
        assertEquals(0, new CliRunner("manager").run("verify", "--ledger", file).code());
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
        assertEquals(0, new CliRunner("manager").run("verify", "--ledger", file).code());
    }
}
