package jp.shomu.ledger.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The fixed command-line contract of `meter add` and `meter list` (issue 18), exit codes and output. */
class MeterCommandTest extends NewLedgerCliTest {
    @BeforeEach
    void init() {
        machine("MFP-001", "総務課", "1.5", "12.3", "10000", "2000");
        machine("MFP-002", "人事課", "2", "15", "0", "0");
    }

    private void machine(
            String id, String department, String mono, String colour, String startMono, String startColour) {
        CliRunner.Result r = run(
                "meter",
                "machine",
                "add",
                "--machine",
                id,
                "--department",
                department,
                "--mono-price",
                mono,
                "--colour-price",
                colour,
                "--start-mono",
                startMono,
                "--start-colour",
                startColour);
        assertEquals(0, r.code(), r.err());
    }

    private CliRunner.Result add(String machine, String month, String mono, String colour, String... more) {
        String[] args = {"meter", "add", "--machine", machine, "--month", month, "--mono", mono, "--colour", colour};
        String[] all = new String[args.length + more.length];
        System.arraycopy(args, 0, all, 0, args.length);
        System.arraycopy(more, 0, all, args.length, more.length);
        return run(all);
    }

    @Test
    void listPrintsTheMonthsUsageAndChargePerMachine() {
        assertEquals(0, add("MFP-001", "2027-04", "12345", "2100").code());
        assertEquals(0, add("MFP-002", "2027-04", "1000", "10").code());
        CliRunner.Result list = run("meter", "list", "--month", "2027-04");
        assertEquals(0, list.code(), list.err());
        assertEquals(
                "MFP-001\t2345\t100\t4747\nMFP-002\t1000\t10\t2150\n",
                list.out().replace("\r", ""));
        assertEquals(
                "人事課\t2150\n総務課\t4747\n",
                run("meter", "departments", "--month", "2027-04").out().replace("\r", ""));
        // a month without readings lists nothing
        assertEquals("", run("meter", "list", "--month", "2027-05").out());
    }

    @Test
    void aLowerReadingIsRefusedWithExitOneUnlessTheMeterWasReplaced() {
        assertEquals(0, add("MFP-001", "2027-04", "12345", "2100").code());
        CliRunner.Result lower = add("MFP-001", "2027-05", "12000", "2200");
        assertEquals(1, lower.code());
        assertTrue(lower.err().contains("MFP-001"), lower.err());
        assertTrue(lower.err().contains("2027-05"), lower.err());
        assertTrue(lower.err().contains("12,345"), lower.err());
        assertEquals("", run("meter", "list", "--month", "2027-05").out(), "nothing written");
        assertEquals(0, add("MFP-001", "2027-05", "300", "20", "--replaced").code());
        assertEquals(
                "MFP-001\t300\t20\t696\n",
                run("meter", "list", "--month", "2027-05").out().replace("\r", ""));
    }

    @Test
    void badInputIsRefusedWithExitOne() {
        assertEquals(1, add("MFP-001", "2027-04", "abc", "0").code());
        assertEquals(1, add("MFP-001", "2027-04", "-5", "0").code());
        assertEquals(1, add("MFP-001", "2027/04", "12345", "2100").code());
        CliRunner.Result unknown = add("MFP-999", "2027-04", "1", "1");
        assertEquals(1, unknown.code());
        assertTrue(unknown.err().contains("MFP-999 は登録されていません"), unknown.err());
        assertEquals(1, run("meter", "list", "--month", "April").code());
    }

    @Test
    void aSecondReadingForTheMonthIsACorrectionAgainstTheVersionRead() {
        assertEquals(0, add("MFP-001", "2027-04", "12345", "2100").code());
        CliRunner.Result again = add("MFP-001", "2027-04", "12400", "2100");
        assertEquals(1, again.code());
        assertTrue(again.err().contains("meter correct --version 1"), again.err());
        String[] correct = {
            "meter",
            "correct",
            "--machine",
            "MFP-001",
            "--month",
            "2027-04",
            "--mono",
            "12400",
            "--colour",
            "2100",
            "--version",
            "1"
        };
        assertEquals(0, run(correct).code());
        assertEquals(3, run(correct).code(), "the version read is stale now");
        assertEquals(
                "MFP-001\t2400\t100\t4830\n",
                run("meter", "list", "--month", "2027-04").out().replace("\r", ""));
        CliRunner.Result verify = run("verify");
        assertEquals(0, verify.code(), verify.out() + verify.err());
    }

    @Test
    void theMonthEndCaseIsMadeOnceAndCarriesTheMonth() {
        CliRunner.Result made = run("table", "case", "--type", "6-2", "--month", "2027-04");
        assertEquals(0, made.code(), made.err());
        String id = made.line();
        assertEquals(
                id, run("table", "case", "--type", "6-2", "--month", "2027-04").line(), "found again, not made twice");
        String shown = run("case", "show", "--id", id).out();
        assertTrue(shown.contains("readingDate=2027-04-30"), shown);
        assertEquals(
                1, run("table", "case", "--type", "2-2", "--month", "2027-04").code());
        assertEquals(0, run("verify").code());
    }

    @Test
    void verifyFindsAReadingChangedOutsideTheApp() throws Exception {
        assertEquals(0, add("MFP-001", "2027-04", "12345", "2100").code());
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + ledger);
                var st = c.createStatement()) {
            st.execute("UPDATE meter_reading SET mono = 11000"); // fewer pages, a smaller charge
        }
        CliRunner.Result verify = run("verify");
        assertEquals(2, verify.code());
        assertTrue((verify.out() + verify.err()).contains("検針値 1 の内容が監査ログの最後の記録と一致しません"), verify.out() + verify.err());
    }
}
