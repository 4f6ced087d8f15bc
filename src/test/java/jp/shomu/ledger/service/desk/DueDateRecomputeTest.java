package jp.shomu.ledger.service.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.shomu.ledger.app.cli.CliRunner;
import jp.shomu.ledger.domain.calendar.HolidayOverride;
import jp.shomu.ledger.domain.cases.PauseKind;
import jp.shomu.ledger.domain.staff.StaffMember;
import jp.shomu.ledger.service.LedgerContext;
import jp.shomu.ledger.service.TestLedger;
import jp.shomu.ledger.service.cases.CaseService;
import jp.shomu.ledger.service.cases.CaseWorkflow;
import jp.shomu.ledger.service.settings.CalendarService;
import jp.shomu.ledger.store.Sql;
import jp.shomu.ledger.store.audit.LedgerVerifier;
import jp.shomu.ledger.testing.MutableClock;
import jp.shomu.ledger.testing.TestBackend;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A holiday added on Wednesday 2027-04-14 moves the due dates of exactly the open cases whose business days it
 * falls in — counting their pauses — and nothing else.
 */
class DueDateRecomputeTest {
    private static final LocalDate HOLIDAY = LocalDate.parse("2027-04-14");

    @TempDir
    Path dir;

    private static long allowance(CaseService cases, StaffMember maker, String docsComplete) {
        Map<String, String> fields = new HashMap<>(Map.of(
                "allowanceKind", "通勤",
                "certificationKind", "新規",
                "targetEmployee", "99000123",
                "eventDate", "2027-04-01",
                "notifiedOn", "2027-04-01"));
        fields.put("receivedOn", docsComplete);
        fields.put("docsCompleteOn", docsComplete);
        return cases.create(maker, "2-2", "通勤手当 " + docsComplete, fields);
    }

    private static long version(CaseService cases, StaffMember who, long id) {
        return cases.details(who, id).caseFile().version();
    }

    private static LocalDate due(CaseService cases, StaffMember who, long id) {
        return cases.details(who, id).caseFile().dueOn();
    }

    @Test
    void addingAHolidayMovesExactlyTheDueDatesItFallsIn() {
        MutableClock clock = new MutableClock(LocalDate.parse("2027-04-07"));
        long a, b, c, g, d, f;
        try (LedgerContext ctx = TestLedger.create(dir, clock)) {
            CaseService cases = new CaseService(ctx);
            CaseWorkflow flow = new CaseWorkflow(ctx);
            StaffMember op = ctx.whoIs("op1");
            StaffMember leader = ctx.whoIs("leader");
            // C: complete on Wed 04-07, waited for the requester Thu 04-08 and Fri 04-09: due Wed 04-14
            c = allowance(cases, op, "2027-04-07");
            // G: complete the same day without a pause: due Mon 04-12, before the new holiday
            g = allowance(cases, op, "2027-04-07");
            clock.set(LocalDate.parse("2027-04-08"));
            flow.pause(op, c, version(cases, op, c), PauseKind.REQUESTER, "添付の不足", null);
            clock.set(LocalDate.parse("2027-04-12"));
            flow.resume(op, c, version(cases, op, c), "届いた");
            a = allowance(cases, op, "2027-04-12"); // due Thu 04-15
            b = allowance(cases, op, "2027-04-05"); // due Thu 04-08, long before
            d = allowance(cases, op, "2027-04-12"); // due 04-15 too, but withdrawn: closed cases keep their dates
            flow.withdraw(op, d, version(cases, op, d), "重複");
            // F: 住民税 3 business days before its deadline Fri 04-16: due Tue 04-13
            f = cases.create(op, "2-4", "特別徴収 月次納入", Map.of("caseKind", "月次納入", "dueDate", "2027-04-16"));
            assertEquals(LocalDate.parse("2027-04-14"), due(cases, op, c));
            assertEquals(LocalDate.parse("2027-04-12"), due(cases, op, g));
            assertEquals(LocalDate.parse("2027-04-15"), due(cases, op, a));
            assertEquals(LocalDate.parse("2027-04-13"), due(cases, op, f));

            DueDateRecompute recompute = new DueDateRecompute(ctx);
            assertTrue(recompute.preview(leader).isEmpty(), "nothing moves while the calendar is unchanged");

            new CalendarService(ctx).setOverride(leader, HOLIDAY, "臨時の休日", HolidayOverride.Kind.ADD_HOLIDAY);
            List<DueDateRecompute.Change> expected = List.of(
                    new DueDateRecompute.Change(c, "2-2", LocalDate.parse("2027-04-14"), LocalDate.parse("2027-04-15")),
                    new DueDateRecompute.Change(a, "2-2", LocalDate.parse("2027-04-15"), LocalDate.parse("2027-04-16")),
                    new DueDateRecompute.Change(
                            f, "2-4", LocalDate.parse("2027-04-13"), LocalDate.parse("2027-04-12")));
            assertEquals(expected, recompute.preview(leader));
            assertEquals(LocalDate.parse("2027-04-15"), due(cases, op, a), "a preview saves nothing");

            assertEquals(expected, recompute.apply(leader));
            assertEquals(LocalDate.parse("2027-04-16"), due(cases, op, a));
            assertEquals(LocalDate.parse("2027-04-15"), due(cases, op, c));
            assertEquals(LocalDate.parse("2027-04-08"), due(cases, op, b));
            assertEquals(LocalDate.parse("2027-04-12"), due(cases, op, g));
            assertEquals(LocalDate.parse("2027-04-15"), due(cases, op, d));
            assertTrue(recompute.preview(leader).isEmpty(), "applied once, nothing is left to move");
            int audited = ctx.ledger()
                    .read(x -> Sql.queryOne(
                                    x,
                                    "SELECT count(*) FROM audit_log WHERE entity = 'case' AND action = ?",
                                    rs -> rs.getInt(1),
                                    DueDateRecompute.ACTION)
                            .orElse(0));
            assertEquals(3, audited, "each change audited");
            assertTrue(LedgerVerifier.verify(ctx.ledger()).ok());
        }

        // the command line: the holiday taken back, the preview prints id, old due, new due
        String file = TestBackend.location(dir.resolve("test.db")).display();
        CliRunner leader = new CliRunner("leader", clock);
        assertEquals(
                0,
                leader.run("calendar", "override", "--ledger", file, "--date", "2027-04-14", "--clear")
                        .code());
        CliRunner.Result preview = leader.run("calendar", "recompute", "--ledger", file, "--dry-run");
        assertEquals(0, preview.code(), preview.err());
        assertEquals(
                c + "\t2027-04-15\t2027-04-14\n" + a + "\t2027-04-16\t2027-04-15\n" + f + "\t2027-04-12\t2027-04-13\n",
                preview.out().replace("\r\n", "\n"));
        assertEquals(
                preview.out(),
                leader.run("calendar", "recompute", "--ledger", file).out());
        assertEquals(
                "",
                leader.run("calendar", "recompute", "--ledger", file, "--dry-run")
                        .out());
        assertEquals(
                1,
                new CliRunner("op1", clock)
                        .run("calendar", "recompute", "--ledger", file)
                        .code());
        assertTrue(b > 0 && g > 0);
    }
}
