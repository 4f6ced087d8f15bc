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

    @Test
    void aReplacementCountsTheColourCounterFromTheNewMetersStartToo() {
        assertEquals(0, add("MFP-001", "2027-04", "12345", "2100").code());
        // the colour counter alone going back without --replaced: refused, exit 1, nothing written
        CliRunner.Result colourBack = add("MFP-001", "2027-05", "12400", "2050");
        assertEquals(1, colourBack.code());
        assertTrue(colourBack.err().contains("カラー 2,100"), colourBack.err());
        assertEquals("", run("meter", "list", "--month", "2027-05").out(), "nothing written");
        // a new meter started at 50 / 5: usage 1,050 − 50 = 1,000 and 85 − 5 = 80; 1,500 + 984 = 2,484円
        CliRunner.Result belowStart = add(
                "MFP-001", "2027-05", "1050", "4", "--replaced", "--new-start-mono", "50", "--new-start-colour", "5");
        assertEquals(1, belowStart.code(), "a colour reading below the new meter's start");
        assertEquals(
                1,
                add("MFP-001", "2027-05", "1050", "85", "--new-start-colour", "5")
                        .code(),
                "a start without --replaced");
        assertEquals(
                0,
                add(
                                "MFP-001",
                                "2027-05",
                                "1050",
                                "85",
                                "--replaced",
                                "--new-start-mono",
                                "50",
                                "--new-start-colour",
                                "5")
                        .code());
        assertEquals(
                "MFP-001\t1000\t80\t2484\n",
                run("meter", "list", "--month", "2027-05").out().replace("\r", ""));
        // a correction of the counters keeps the new meter's start
        CliRunner.Result corrected = run(
                "meter",
                "correct",
                "--machine",
                "MFP-001",
                "--month",
                "2027-05",
                "--mono",
                "1150",
                "--colour",
                "85",
                "--replaced",
                "--version",
                "1");
        assertEquals(0, corrected.code(), corrected.err());
        assertEquals(
                "MFP-001\t1100\t80\t2634\n",
                run("meter", "list", "--month", "2027-05").out().replace("\r", ""));
        assertEquals(0, run("verify").code());
    }

    @Test
    void aMachineIsRenamedAndMovedFromAMonthOnWithoutChangingTheMonthsAlreadyRead() {
        assertEquals(0, add("MFP-001", "2027-04", "12345", "2100").code());
        CliRunner.Result past = run(
                "meter",
                "machine",
                "change",
                "--machine",
                "MFP-001",
                "--version",
                "1",
                "--from",
                "2027-04",
                "--department",
                "人事課",
                "--mono-price",
                "1.2");
        assertEquals(1, past.code(), "April is read: its charge never changes after the fact");
        assertTrue(past.err().contains("2027-05 以降の月を指定してください"), past.err());
        CliRunner.Result noMonth =
                run("meter", "machine", "change", "--machine", "MFP-001", "--version", "1", "--mono-price", "1.2");
        assertEquals(1, noMonth.code(), noMonth.err());
        CliRunner.Result changed = run(
                "meter",
                "machine",
                "change",
                "--machine",
                "MFP-001",
                "--version",
                "1",
                "--from",
                "2027-05",
                "--new-machine",
                "MFP-101",
                "--department",
                "人事課",
                "--mono-price",
                "1.2");
        assertEquals(0, changed.code(), changed.err());
        assertTrue(changed.out().contains("版 2"), changed.out());
        CliRunner.Result stale = run(
                "meter",
                "machine",
                "change",
                "--machine",
                "MFP-101",
                "--version",
                "1",
                "--from",
                "2027-05",
                "--department",
                "税務課");
        assertEquals(3, stale.code(), "the version read is stale");
        // April as it was: 総務課 at 1.5 / 12.3
        assertEquals(
                "MFP-101\t2345\t100\t4747\n",
                run("meter", "list", "--month", "2027-04").out().replace("\r", ""));
        assertEquals(
                "人事課\t0\n総務課\t4747\n",
                run("meter", "departments", "--month", "2027-04").out().replace("\r", ""));
        // May on the new terms: 1,655 × 1.2 + 50 × 12.3 = 1,986 + 615 = 2,601, charged to 人事課
        assertEquals(0, add("MFP-101", "2027-05", "14000", "2150").code());
        assertEquals(
                "MFP-101\t1655\t50\t2601\n",
                run("meter", "list", "--month", "2027-05").out().replace("\r", ""));
        assertEquals(
                "人事課\t2601\n",
                run("meter", "departments", "--month", "2027-05").out().replace("\r", ""));
        assertEquals(
                "MFP-002\t人事課\t2.00\t15.00\t1\t\nMFP-101\t人事課\t1.20\t12.30\t2\t\n",
                run("meter", "machine", "list").out().replace("\r", ""));
        assertEquals(0, run("verify").code());
    }

    @Test
    void aRetiredMachineLeavesTheTableFromItsMonth() {
        assertEquals(0, add("MFP-002", "2027-04", "1000", "10").code());
        assertEquals(
                1,
                run("meter", "machine", "retire", "--machine", "MFP-002", "--version", "1", "--from", "2027-04")
                        .code());
        CliRunner.Result retired =
                run("meter", "machine", "retire", "--machine", "MFP-002", "--version", "1", "--from", "2027-05");
        assertEquals(0, retired.code(), retired.err());
        assertEquals(
                1,
                run("meter", "machine", "retire", "--machine", "MFP-002", "--version", "2", "--from", "2027-06")
                        .code(),
                "retired already");
        CliRunner.Result after = add("MFP-002", "2027-05", "1100", "10");
        assertEquals(1, after.code());
        assertTrue(after.err().contains("2027-05 から撤去されている"), after.err());
        assertEquals(
                "MFP-002\t1000\t10\t2150\n",
                run("meter", "list", "--month", "2027-04").out().replace("\r", ""));
        assertTrue(run("meter", "machine", "list").out().contains("MFP-002\t人事課\t2.00\t15.00\t2\t2027-05"));
        assertEquals(0, run("verify").code());
    }
}
