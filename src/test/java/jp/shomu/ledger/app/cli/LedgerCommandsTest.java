package jp.shomu.ledger.app.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fixed command-line contract of the foundation: init, verify, case add/show/set/list and the exit codes. */
class LedgerCommandsTest {
    @TempDir
    Path dir;

    private final CliRunner cli = new CliRunner("tester");

    private Path init() {
        Path ledger = dir.resolve("ledger.db");
        assertEquals(0, cli.run("init", "--ledger", ledger.toString()).code());
        return ledger;
    }

    @Test
    void initThenVerifySucceeds() {
        Path ledger = init();
        CliRunner.Result r = cli.run("verify", "--ledger", ledger.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("検査OK"), r.out());
    }

    @Test
    void initRefusesAnExistingFile() throws Exception {
        Path ledger = init();
        byte[] before = Files.readAllBytes(ledger);
        CliRunner.Result r = cli.run("init", "--ledger", ledger.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("上書きはしません"), r.err());
        assertArrayEquals(before, Files.readAllBytes(ledger));
    }

    @Test
    void editingAnAuditRowBehindTheAppsBackIsFoundAndNamed() throws Exception {
        Path ledger = init();
        String id = cli.run("case", "add", "--ledger", ledger.toString(), "--type", "2-2", "--subject", "通勤手当 新規")
                .line();
        assertEquals(
                0,
                cli.run(
                                "case",
                                "set",
                                "--ledger",
                                ledger.toString(),
                                "--id",
                                id,
                                "--expect-version",
                                "1",
                                "--subject",
                                "通勤手当 変更")
                        .code());
        sql(ledger, "UPDATE audit_log SET actor = 'someone-else' WHERE seq = 3");
        CliRunner.Result r = cli.run("verify", "--ledger", ledger.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("行 3"), r.err());
    }

    @Test
    void deletingAnAuditRowIsFound() throws Exception {
        Path ledger = init();
        cli.run("case", "add", "--ledger", ledger.toString(), "--type", "2-2", "--subject", "扶養手当");
        sql(ledger, "DELETE FROM audit_log WHERE seq = 2");
        CliRunner.Result r = cli.run("verify", "--ledger", ledger.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("行 2"), r.err());
    }

    @Test
    void editingACaseRowWithoutTheAppIsFound() throws Exception {
        Path ledger = init();
        String id = cli.run("case", "add", "--ledger", ledger.toString(), "--type", "2-2", "--subject", "住居手当")
                .line();
        sql(ledger, "UPDATE case_field SET value = '通勤' WHERE key = 'allowanceKind'");
        sql(ledger, "INSERT INTO case_field(case_id, key, value) VALUES (" + id + ", 'monthlyAmount', '99999')");
        CliRunner.Result r = cli.run("verify", "--ledger", ledger.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("案件 " + id) && r.err().contains("field.monthlyAmount"), r.err());
    }

    @Test
    void twoSetsFromTheSameVersionGiveOneSuccessAndOneConflict() {
        Path ledger = init();
        String id = cli.run("case", "add", "--ledger", ledger.toString(), "--type", "2-2", "--subject", "扶養手当 認定")
                .line();
        CliRunner.Result first = cli.run(
                "case",
                "set",
                "--ledger",
                ledger.toString(),
                "--id",
                id,
                "--expect-version",
                "1",
                "--field",
                "monthlyAmount=6,500");
        CliRunner.Result second = cli.run(
                "case",
                "set",
                "--ledger",
                ledger.toString(),
                "--id",
                id,
                "--expect-version",
                "1",
                "--field",
                "monthlyAmount=10000");
        assertEquals(0, first.code(), first.err());
        assertEquals(3, second.code());
        assertTrue(second.err().contains("他の人が先に更新しました"), second.err());
        String shown = cli.run("case", "show", "--ledger", ledger.toString(), "--id", id)
                .out();
        assertTrue(shown.contains("version=2"), shown);
        assertTrue(shown.contains("field.monthlyAmount=6500"), shown);
    }

    @Test
    void caseAddAcceptsWarekiAndLabelsAndListFilters() {
        Path ledger = init();
        String id = cli.run(
                        "case",
                        "add",
                        "--ledger",
                        ledger.toString(),
                        "--type",
                        "2-2",
                        "--subject",
                        "通勤手当 新規認定",
                        "--field",
                        "手当種別=通勤",
                        "--field",
                        "eventDate=R9.4.1",
                        "--field",
                        "docsCompleteOn=令和9年4月12日")
                .line();
        String shown = cli.run("case", "show", "--ledger", ledger.toString(), "--id", id)
                .out();
        assertTrue(shown.contains("field.allowanceKind=通勤"), shown);
        assertTrue(shown.contains("field.eventDate=2027-04-01"), shown);
        // 3 business days after Monday 2027-04-12
        assertTrue(shown.contains("dueOn=2027-04-15"), shown);
        cli.run("case", "add", "--ledger", ledger.toString(), "--type", "1-2", "--subject", "住所変更届");
        String all = cli.run("case", "list", "--ledger", ledger.toString()).out();
        String allowances = cli.run("case", "list", "--ledger", ledger.toString(), "--type", "2-2")
                .out();
        String received = cli.run("case", "list", "--ledger", ledger.toString(), "--status", "受付")
                .out();
        assertEquals(2, all.lines().count());
        assertEquals(1, allowances.lines().count());
        assertEquals(2, received.lines().count());
        assertEquals(
                0,
                cli.run("case", "list", "--ledger", ledger.toString(), "--status", "DONE")
                        .out()
                        .lines()
                        .count());
    }

    @Test
    void badInputExitsOneWithAJapaneseMessage() {
        Path ledger = init();
        CliRunner.Result unknownType =
                cli.run("case", "add", "--ledger", ledger.toString(), "--type", "9-9", "--subject", "x");
        CliRunner.Result badYen = cli.run(
                "case",
                "add",
                "--ledger",
                ledger.toString(),
                "--type",
                "2-2",
                "--subject",
                "x",
                "--field",
                "monthlyAmount=たくさん");
        CliRunner.Result unknownField = cli.run(
                "case",
                "add",
                "--ledger",
                ledger.toString(),
                "--type",
                "2-2",
                "--subject",
                "x",
                "--field",
                "shoeSize=27");
        CliRunner.Result missingOption = cli.run("case", "add", "--ledger", ledger.toString());
        assertEquals(1, unknownType.code());
        assertTrue(unknownType.err().contains("9-9"));
        assertEquals(1, badYen.code());
        assertTrue(badYen.err().contains("月額"), badYen.err());
        assertEquals(1, unknownField.code());
        assertEquals(1, missingOption.code());
        assertEquals(
                0,
                cli.run("case", "list", "--ledger", ledger.toString())
                        .out()
                        .lines()
                        .count(),
                "nothing half-added");
    }

    @Test
    void aLoginNotOnTheRosterIsRefused() {
        Path ledger = init();
        CliRunner.Result r = new CliRunner("stranger").run("case", "list", "--ledger", ledger.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("stranger") && r.err().contains("名簿"), r.err());
    }

    @Test
    void aMissingLedgerIsNeverCreated() {
        Path missing = dir.resolve("nothing-here.db");
        for (String[] args : new String[][] {
            {"verify", "--ledger", missing.toString()},
            {"case", "list", "--ledger", missing.toString()},
            {"case", "add", "--ledger", missing.toString(), "--type", "2-2", "--subject", "x"}
        }) {
            CliRunner.Result r = cli.run(args);
            assertEquals(2, r.code(), Arrays.toString(args));
            assertTrue(r.err().contains("見つかりません"), r.err());
            assertFalse(Files.exists(missing));
        }
        CliRunner.Result unreachable = cli.run(
                "verify", "--ledger", dir.resolve("no-such-share/ledger.db").toString());
        assertEquals(2, unreachable.code());
        assertTrue(unreachable.err().contains("届きません"), unreachable.err());
    }

    @Test
    void aFileThatIsNotALedgerIsRefusedAndUntouched() throws Exception {
        Path text = dir.resolve("memo.db");
        Files.writeString(text, "これは台帳ではありません\n".repeat(100), StandardCharsets.UTF_8);
        assertRefusedUntouched(text, "ではありません");

        Path otherDb = dir.resolve("other.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + otherDb);
                Statement st = c.createStatement()) {
            st.execute("CREATE TABLE t(x)");
        }
        assertRefusedUntouched(otherDb, "ではありません");

        Path empty = dir.resolve("empty.db");
        Files.createFile(empty);
        assertRefusedUntouched(empty, "ではありません");
    }

    @Test
    void aTruncatedOrDamagedLedgerIsRefusedAndUntouched() throws Exception {
        Path ledger = init();
        for (int i = 0; i < 30; i++) {
            cli.run("case", "add", "--ledger", ledger.toString(), "--type", "2-2", "--subject", "件名" + i);
        }
        byte[] whole = Files.readAllBytes(ledger);
        Path truncated = dir.resolve("truncated.db");
        Files.write(truncated, Arrays.copyOf(whole, whole.length / 2 + 100));
        assertRefusedUntouched(truncated, "壊れています");

        Path badHeader = dir.resolve("bad-header.db");
        byte[] copy = whole.clone();
        copy[16] = 7;
        copy[17] = 7;
        Files.write(badHeader, copy);
        assertRefusedUntouched(badHeader, "壊れています");

        Path garbledPages = dir.resolve("garbled.db");
        byte[] garbled = whole.clone();
        for (int i = 4096; i < garbled.length; i++) {
            garbled[i] = (byte) (i * 31);
        }
        Files.write(garbledPages, garbled);
        CliRunner.Result r = cli.run("verify", "--ledger", garbledPages.toString());
        assertEquals(2, r.code(), r.out());
        assertArrayEquals(garbled, Files.readAllBytes(garbledPages));
    }

    @Test
    void aLedgerFromANewerAppIsRefused() throws Exception {
        Path ledger = init();
        sql(ledger, "PRAGMA user_version = 99");
        assertRefusedUntouched(ledger, "新しい版");
    }

    private void assertRefusedUntouched(Path file, String expected) throws Exception {
        byte[] before = Files.readAllBytes(file);
        CliRunner.Result r = cli.run("verify", "--ledger", file.toString());
        assertEquals(2, r.code(), file + ": " + r.err());
        assertTrue(r.err().contains(expected), r.err());
        CliRunner.Result add = cli.run("case", "add", "--ledger", file.toString(), "--type", "2-2", "--subject", "x");
        assertEquals(2, add.code());
        assertArrayEquals(before, Files.readAllBytes(file), "the file must stay untouched");
        assertFalse(Files.exists(Path.of(file + "-journal")));
    }

    static void sql(Path ledger, String statement) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + ledger);
                Statement st = c.createStatement()) {
            st.execute(statement);
        }
    }
}
