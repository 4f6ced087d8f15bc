package jp.shomu.ledger.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** init --sample makes a realistic, verifiable ledger: all roles, every status, pauses, send-backs, late cases. */
class SampleLedgerTest {
    @TempDir
    static Path dir;

    private static Path ledger;
    private static final CliRunner CLI = new CliRunner("manager");

    @BeforeAll
    static void makeSample() {
        ledger = dir.resolve("sample.db");
        CliRunner.Result r = CLI.run("init", "--ledger", ledger.toString(), "--sample");
        assertEquals(0, r.code(), r.err());
    }

    @Test
    void theSampleVerifies() {
        CliRunner.Result r = CLI.run("verify", "--ledger", ledger.toString());
        assertEquals(0, r.code(), r.err());
    }

    @Test
    void aboutTwoThousandCasesOverTheThreeMonthsBeforeToday() throws Exception {
        long cases = scalar("SELECT COUNT(*) FROM case_file");
        assertTrue(cases >= 1_800 && cases <= 2_100, "cases: " + cases);
        assertEquals(22, scalar("SELECT COUNT(DISTINCT type_code) FROM case_file"));
        assertTrue(
                scalar("SELECT COUNT(*) FROM case_file WHERE received_on < '2027-01-11' OR received_on > '2027-04-12'")
                        == 0);
    }

    @Test
    void everyStatusAndEveryRoleAppear() throws Exception {
        Map<String, Long> statuses = counts("SELECT status, COUNT(*) FROM case_file GROUP BY status");
        for (String s : new String[] {
            "RECEIVED", "IN_PROGRESS", "AWAITING_CHECK", "WAITING_REQUESTER", "CITY_APPROVAL", "DONE", "WITHDRAWN"
        }) {
            assertTrue(statuses.getOrDefault(s, 0L) > 0, s + " in " + statuses);
        }
        Map<String, Long> roles = counts("SELECT role, COUNT(*) FROM staff GROUP BY role");
        assertEquals(Map.of("AUDITOR", 2L, "LEADER", 3L, "MANAGER", 1L, "OPERATOR", 19L), roles);
    }

    @Test
    void pausesSendBacksAndLateCasesAreThere() throws Exception {
        assertTrue(scalar("SELECT COUNT(*) FROM pause WHERE kind = 'REQUESTER'") > 50);
        assertTrue(scalar("SELECT COUNT(*) FROM pause WHERE kind = 'CITY_HOLD'") > 20);
        assertTrue(scalar("SELECT COUNT(*) FROM review WHERE outcome = 'SENT_BACK'") > 100);
        long late = scalar("SELECT COUNT(*) FROM case_file WHERE centre_done_on > due_on");
        long onTime = scalar("SELECT COUNT(*) FROM case_file WHERE centre_done_on <= due_on");
        assertTrue(late > 20 && onTime > 10 * late, "late " + late + ", on time " + onTime);
        assertTrue(
                scalar("SELECT COUNT(*) FROM case_file WHERE status NOT IN ('DONE','WITHDRAWN','CITY_APPROVAL')"
                                + " AND due_on < '2027-04-12'")
                        > 0,
                "some open cases are overdue");
    }

    @Test
    void noStaffNameLooksLikeARealPerson() throws Exception {
        Map<String, Long> names = counts("SELECT name, 1 FROM staff WHERE role <> 'MANAGER'");
        names.keySet().forEach(n -> assertTrue(n.matches("(見本|架空|試用|仮名|例示|模擬) .+"), n));
    }

    private static long scalar(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + ledger);
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            return rs.getLong(1);
        }
    }

    private static Map<String, Long> counts(String sql) throws Exception {
        Map<String, Long> m = new TreeMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + ledger);
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                m.put(rs.getString(1), rs.getLong(2));
            }
        }
        return m;
    }
}
