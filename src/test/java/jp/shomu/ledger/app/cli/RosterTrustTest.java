package jp.shomu.ledger.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.DriverManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The roster as the command line trusts it: only rows the audit trail vouches for, and options as the help writes them. */
class RosterTrustTest {
    @TempDir
    Path dir;

    private String ledger;
    private final CliRunner manager = new CliRunner("tester");

    @BeforeEach
    void setUp() {
        ledger = dir.resolve("ledger.db").toString();
        assertEquals(0, manager.run("init", "--ledger", ledger).code());
        CliRunner.Result r = manager.run(
                "staff",
                "add",
                "--ledger",
                ledger,
                "--login",
                "op",
                "--employee-no",
                "2000001",
                "--name",
                "見本 一郎",
                "--role",
                "担当者");
        assertEquals(0, r.code(), r.err());
    }

    private void sql(String statement) throws Exception {
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + ledger)) {
            c.createStatement().executeUpdate(statement);
        }
    }

    private long staffCount() throws Exception {
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + ledger);
                var rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM staff")) {
            return rs.getLong(1);
        }
    }

    private CliRunner.Result addAs(String login, String newLogin, String no) {
        return new CliRunner(login)
                .run(
                        "staff",
                        "add",
                        "--ledger",
                        ledger,
                        "--login",
                        newLogin,
                        "--employee-no",
                        no,
                        "--name",
                        "見本 三郎",
                        "--role",
                        "管理責任者");
    }

    @Test
    void aManagerRowInsertedWithSqliteIsRefusedBeforeItCanAct() throws Exception {
        sql("INSERT INTO staff(login, employee_no, name, role) VALUES ('intruder', '2000099', '見本 侵入', 'MANAGER')");
        long before = staffCount();
        CliRunner.Result r = addAs("intruder", "accomplice", "2000098");
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().contains("職員名簿のあなたの行(ログイン名「intruder」)は監査ログに登録の記録がありません"), r.err());
        assertEquals(before, staffCount(), "nothing added");
    }

    @Test
    void aRowWhoseRoleWasRaisedWithSqliteIsRefused() throws Exception {
        sql("UPDATE staff SET role = 'MANAGER' WHERE login = 'op'");
        CliRunner.Result r = addAs("op", "accomplice", "2000098");
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().contains("監査ログの最後の記録と内容が違います"), r.err());
        CliRunner.Result list = new CliRunner("op").run("case", "list", "--ledger", ledger);
        assertEquals(1, list.code(), "not even reading with an untrusted row: " + list.err());
        // the others still work, and verify names the row
        CliRunner.Result verify = manager.run("verify", "--ledger", ledger);
        assertEquals(2, verify.code());
        assertTrue(verify.out().contains("職員名簿") || verify.err().contains("職員名簿"), verify.out() + verify.err());
    }

    @Test
    void activeTakesItsValueAsASeparateWordAsTheHelpWritesIt() throws Exception {
        CliRunner.Result r = manager.run("staff", "set", "--ledger", ledger, "--login", "op", "--active", "false");
        assertEquals(0, r.code(), r.err());
        CliRunner.Result denied = new CliRunner("op").run("case", "list", "--ledger", ledger);
        assertEquals(1, denied.code(), denied.err());
        CliRunner.Result back = manager.run("staff", "set", "--ledger", ledger, "--login", "op", "--active=true");
        assertEquals(0, back.code(), back.err());
    }
}
