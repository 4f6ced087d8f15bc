package jp.shomu.ledger.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import jp.shomu.ledger.service.LedgerContext;
import jp.shomu.ledger.service.TestLedger;
import jp.shomu.ledger.service.cases.CaseHistoryService;
import jp.shomu.ledger.store.Ledger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code case follow-on}, {@code case link}, the links in {@code case show}, legal_due and calculated fields. */
class CaseLinkCommandTest {
    @TempDir
    Path dir;

    private String ledger;
    private final CliRunner op1 = new CliRunner("op1");

    @BeforeEach
    void ledger() {
        TestLedger.create(dir).close();
        ledger = dir.resolve("test.db").toString();
    }

    private CliRunner.Result run(String... args) {
        return op1.run(args);
    }

    private long add(String type, String... fields) {
        String[] args = new String[7 + fields.length * 2];
        args[0] = "case";
        args[1] = "add";
        args[2] = "--ledger";
        args[3] = ledger;
        args[4] = "--type";
        args[5] = type;
        args[6] = "--subject=見本 " + type;
        for (int i = 0; i < fields.length; i++) {
            args[7 + 2 * i] = "--field";
            args[8 + 2 * i] = fields[i];
        }
        CliRunner.Result r = run(args);
        assertEquals(0, r.code(), r.err());
        return Long.parseLong(r.line());
    }

    private String show(long id) {
        CliRunner.Result r = run("case", "show", "--ledger", ledger, "--id", Long.toString(id));
        assertEquals(0, r.code(), r.err());
        return r.out();
    }

    private long appointment() {
        return add(
                "1-1",
                "appointmentKind=新規",
                "targetEmployee=99001234",
                "workPattern=パートタイム",
                "weeklyMinutes=1200",
                "effectiveDate=2027-04-20",
                "termStart=2027-04-20",
                "termEnd=2028-03-31",
                "payBasis=月額",
                "payRate=150000",
                "requesterDept=市民課");
    }

    @Test
    void followOnCarriesTheCatalogsFieldsAndIsLinkedBothWays() {
        long source = appointment();
        CliRunner.Result r =
                run("case", "follow-on", "--ledger", ledger, "--id", Long.toString(source), "--type", "3-1");
        assertEquals(0, r.code(), r.err());
        long created = Long.parseLong(r.line());
        String shown = show(created);
        assertTrue(shown.contains("type=3-1\n"), shown);
        assertTrue(shown.contains("field.targetEmployee=99001234\n"), shown);
        assertTrue(shown.contains("field.eventDate=2027-04-20\n"), "発令日 → 事実発生日: " + shown);
        assertTrue(shown.contains("field.procedureKind=資格取得\n"), shown);
        assertTrue(shown.contains("field.requesterDept=市民課\n"), shown);
        assertTrue(shown.contains("legal_due=2027-04-25\n"), "資格取得: 5 calendar days from 事実発生日: " + shown);
        assertTrue(shown.contains("link=parent:" + source + "\n"), shown);
        assertTrue(show(source).contains("link=child:" + created + "\n"));
        assertTrue(show(source).contains("field.coverageByHours=true\n"), "calculated on case add");
    }

    @Test
    void aFollowOnTheCatalogDoesNotDefineIsRefused() {
        long source = appointment();
        CliRunner.Result r =
                run("case", "follow-on", "--ledger", ledger, "--id", Long.toString(source), "--type", "2-5");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("作れるもの: 3-1, 3-3"), r.err());
        assertEquals(
                1,
                run("case", "follow-on", "--ledger", ledger, "--id", "999", "--type", "3-1")
                        .code());
    }

    @Test
    void linksAreShownBothWaysAndBadLinksAreRefused() {
        long a = add(
                "2-2",
                "allowanceKind=通勤",
                "certificationKind=新規",
                "targetEmployee=99001234",
                "eventDate=2027-04-01",
                "notifiedOn=2027-04-10");
        long b = add(
                "1-2",
                "notificationKind=住所変更",
                "targetEmployee=99001234",
                "eventDate=2027-04-01",
                "notifiedOn=2027-04-10");
        long c = add(
                "1-2",
                "notificationKind=住所変更",
                "targetEmployee=99001235",
                "eventDate=2027-04-01",
                "notifiedOn=2027-04-10");
        CliRunner.Result ok = link(a, b, "parent");
        assertEquals(0, ok.code(), ok.err());
        assertEquals("linked " + a + " parent:" + b, ok.line());
        assertTrue(show(a).contains("link=parent:" + b + "\n"));
        assertTrue(show(b).contains("link=child:" + a + "\n"));
        assertEquals(0, link(b, c, "parent").code(), "a grandparent");
        CliRunner.Result cycle = link(c, a, "parent");
        assertEquals(1, cycle.code(), "c is a's grandparent: a cannot be c's parent");
        assertTrue(cycle.err().contains("循環"), cycle.err());
        assertEquals(0, link(a, c, "related").code());
        assertTrue(show(c).contains("link=related:" + a + "\n"));
        CliRunner.Result self = link(a, a, "related");
        assertEquals(1, self.code());
        assertTrue(self.err().contains("自分自身"), self.err());
        CliRunner.Result twice = link(b, a, "related");
        assertEquals(1, twice.code(), "one link per pair, whichever way round");
        assertTrue(twice.err().contains("すでに関連付けられています"), twice.err());
        assertEquals(1, link(a, 999, "related").code());
        assertEquals(1, link(a, b, "sibling").code());
        assertFalse(show(c).contains("link=parent:"), "nothing was written by the refused links");

        CliRunner.Result verify = new CliRunner("admin").run("verify", "--ledger", ledger);
        assertEquals(0, verify.code(), "the audit chain holds the links: " + verify.err());
        try (LedgerContext ctx = new LedgerContext(Ledger.open(dir.resolve("test.db"), CliRunner.FIXED))) {
            var history = new CaseHistoryService(ctx).history(ctx.whoIs("leader"), b);
            assertEquals(
                    2,
                    history.entries().stream()
                            .filter(e ->
                                    e.entity().equals("case_link") && e.actor().equals("op1"))
                            .count(),
                    "b's history names who linked it, both as child and as parent");
        }
    }

    @Test
    void theLegalDeadlineRunsFromTheEventWhileTheSlaCountsFromReceipt() {
        long id = add(
                "3-1",
                "targetEmployee=99001234",
                "procedureKind=資格取得",
                "memberClass=短期",
                "eventDate=2026-11-20",
                "reportedOn=2026-12-05",
                "receivedOn=2026-12-05");
        String shown = show(id);
        assertTrue(shown.contains("legal_due=2026-11-25\n"), shown);
        assertTrue(shown.contains("dueOn=2026-12-10\n"), "the agreed SLA: 5 calendar days from receipt: " + shown);

        // the desk (today 2027-04-12) warns on limits passed or within 2 calendar days, not on one 3 days away
        long near = add("3-3", "procedureKind=厚年資格取得", "eventDate=2027-04-09");
        long later = add("3-3", "procedureKind=厚年資格取得", "eventDate=2027-04-10");
        CliRunner.Result desk = new CliRunner("leader").run("desk", "--ledger", ledger);
        assertEquals(0, desk.code(), desk.err());
        assertTrue(
                desk.err().contains("法定期限が過ぎた・2日以内に来る未完了: 2 件(" + id + " 3-1 2026-11-25、" + near + " 3-3 2027-04-14)"),
                desk.err());
        assertFalse(desk.err().contains(later + " 3-3"), desk.err());
    }

    @Test
    void aCalculatedFieldCannotBeTypedAndIsRecomputedOnSet() {
        long id = add(
                "1-2",
                "notificationKind=住所変更",
                "targetEmployee=99001234",
                "eventDate=2027-04-01",
                "notifiedOn=2027-04-10");
        assertTrue(show(id).contains("field.daysElapsed=9\n"));
        CliRunner.Result typed = run(
                "case",
                "set",
                "--ledger",
                ledger,
                "--id",
                Long.toString(id),
                "--expect-version",
                "1",
                "--field",
                "daysElapsed=3");
        assertEquals(1, typed.code());
        assertTrue(typed.err().contains("「経過日数」は自動計算の項目です"), typed.err());
        assertEquals(
                0,
                run(
                                "case",
                                "set",
                                "--ledger",
                                ledger,
                                "--id",
                                Long.toString(id),
                                "--expect-version",
                                "1",
                                "--field",
                                "notifiedOn=2027-04-20")
                        .code());
        assertTrue(show(id).contains("field.daysElapsed=19\n"));
    }

    @Test
    void payrollChildCasesAreLinkedToTheirRunAndTheLevelsMustAgree() {
        String[] common = {
            "payMonth=2027-06",
            "payKind=期末・勤勉",
            "staffCategory=一般職",
            "attendanceCutoff=2027-06-05",
            "payDate=2027-06-30"
        };
        long run = add("2-1", concat("runLevel=支給回(親案件)", common));
        long department = add("2-1", concat("runLevel=所属実績(子案件)", common));
        CliRunner.Result upsideDown = link(run, department, "parent");
        assertEquals(1, upsideDown.code());
        assertTrue(upsideDown.err().contains("親案件にできるのは「支給回(親案件)」"), upsideDown.err());
        assertEquals(0, link(department, run, "parent").code());
        assertTrue(show(run).contains("link=child:" + department + "\n"));
    }

    private static String[] concat(String first, String[] rest) {
        String[] all = new String[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }

    private CliRunner.Result link(long id, long to, String kind) {
        return run(
                "case",
                "link",
                "--ledger",
                ledger,
                "--id",
                Long.toString(id),
                "--to",
                Long.toString(to),
                "--kind",
                kind);
    }
}
