package jp.shomu.ledger.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.shomu.ledger.domain.staff.Action;
import jp.shomu.ledger.domain.staff.Permissions;
import jp.shomu.ledger.domain.staff.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The role matrix from the command line: each role's allowed commands exit 0, refused ones exit 1 with a Japanese
 * reason; the auditor sees masked values; the My Number guard and the anchor check answer with the fixed exit codes.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecurityCommandsTest {
    private static final Map<Role, String> LOGINS =
            Map.of(Role.OPERATOR, "op", Role.LEADER, "ld", Role.MANAGER, "tester", Role.AUDITOR, "au");
    private static final String ROUTE = "見本駅〜例示駅";

    private Path dir;
    private String ledger;
    private int serial;

    @BeforeAll
    void setUp(@TempDir Path tempDir) {
        dir = tempDir;
        ledger = dir.resolve("ledger.db").toString();
        CliRunner manager = new CliRunner("tester");
        assertEquals(0, manager.run("init", "--ledger", ledger).code());
        add(manager, "op", "2000001", "見本 一郎", "担当者");
        add(manager, "op2", "2000002", "見本 花子", "担当者");
        add(manager, "ld", "2000003", "見本 主任", "業務責任者");
        add(manager, "ld2", "2000004", "見本 次長", "業務責任者");
        add(manager, "au", "2000005", "見本 監査", "監査");
    }

    private void add(CliRunner manager, String login, String no, String name, String role) {
        CliRunner.Result r = manager.run(
                "staff",
                "add",
                "--ledger",
                ledger,
                "--login",
                login,
                "--employee-no",
                no,
                "--name",
                name,
                "--role",
                role);
        assertEquals(0, r.code(), r.err());
    }

    private CliRunner.Result as(String login, String... args) {
        String[] withLedger =
                Arrays.stream(args).map(a -> a.equals("LEDGER") ? ledger : a).toArray(String[]::new);
        return new CliRunner(login).run(withLedger);
    }

    private String newCase(String login) {
        CliRunner.Result r = as(
                login,
                "case",
                "add",
                "--ledger",
                "LEDGER",
                "--type",
                "2-2",
                "--subject",
                "通勤手当 新規認定",
                "--field",
                "手当種別=通勤",
                "--field",
                "認定区分=新規",
                "--field",
                "対象職員=99123456",
                "--field",
                "事実発生日=R9.4.1",
                "--field",
                "届出受理日=R9.4.12",
                "--field",
                "通勤経路=" + ROUTE);
        assertEquals(0, r.code(), r.err());
        return r.line();
    }

    /** A case by op2 waiting for the double check; returns {id, version}. */
    private String[] submittedCase() {
        String id = newCase("op2");
        assertEquals(
                0,
                as("op2", "case", "do", "start", "--ledger", "LEDGER", "--id", id, "--expect-version", "1")
                        .code());
        for (String item : List.of("c1", "c2", "c4", "c5")) {
            assertEquals(
                    0,
                    as("op2", "case", "tick", "--ledger", "LEDGER", "--id", id, "--item", item)
                            .code());
        }
        CliRunner.Result r =
                as("op2", "case", "do", "submit", "--ledger", "LEDGER", "--id", id, "--expect-version", "2");
        assertEquals(0, r.code(), r.err());
        return new String[] {id, r.line().replace("version=", "")};
    }

    private String catalogFile() throws Exception {
        String json = as("ld", "catalog", "show", "--ledger", "LEDGER").line();
        // the type's own "code" (a follow-on of 1-2 names 2-2 earlier in the document)
        java.util.regex.Matcher code22 =
                java.util.regex.Pattern.compile("\"code\"\\s*:\\s*\"2-2\"").matcher(json);
        assertTrue(code22.find(), json);
        int type22 = code22.start();
        String changed = json.substring(0, type22)
                + json.substring(type22)
                        .replaceFirst("\"standardMinutes\"\\s*:\\s*(\\d+)", "\"standardMinutes\" : $1" + ++serial);
        Path file = dir.resolve("catalog-" + serial + ".json");
        Files.writeString(file, changed, StandardCharsets.UTF_8);
        return file.toString();
    }

    private String proposalByLd2() throws Exception {
        CliRunner.Result r = as(
                "ld2", "catalog", "propose", "--ledger", "LEDGER", "--file", catalogFile(), "--summary", "標準処理時間の見直し");
        assertEquals(0, r.code(), r.err());
        return r.line();
    }

    private Path holidaysCsv() throws Exception {
        Path csv = dir.resolve("syukujitsu.csv");
        Files.writeString(csv, "国民の祝日・休日月日,国民の祝日・休日名称\n2027/1/1,元日\n", StandardCharsets.UTF_8);
        return csv;
    }

    private Map<Action, java.util.function.Function<String, String[]>> commands() {
        Map<Action, java.util.function.Function<String, String[]>> m = new LinkedHashMap<>();
        m.put(Action.READ_CASES, who -> new String[] {"case", "show", "--ledger", "LEDGER", "--id", newCase("op2")});
        m.put(Action.CREATE_CASE, who ->
                new String[] {"case", "add", "--ledger", "LEDGER", "--type", "1-2", "--subject", "住所変更届"});
        m.put(Action.EDIT_CASE, who -> new String[] {
            "case",
            "set",
            "--ledger",
            "LEDGER",
            "--id",
            newCase(who.equals("au") ? "op2" : who), // one's own case: another 担当者's is not theirs to edit
            "--expect-version",
            "1",
            "--subject",
            "通勤手当 経路変更"
        });
        m.put(Action.DOUBLE_CHECK, who -> {
            String[] s = submittedCase();
            return new String[] {
                "case",
                "do",
                "send-back",
                "--ledger",
                "LEDGER",
                "--id",
                s[0],
                "--expect-version",
                s[1],
                "--error",
                "計算誤り",
                "--comment",
                "月額を確認してください"
            };
        });
        m.put(Action.MANAGE_CALENDAR, who -> new String[] {
            "calendar",
            "import-holidays",
            "--ledger",
            "LEDGER",
            "--csv",
            unchecked(this::holidaysCsv).toString()
        });
        m.put(Action.MANAGE_ROSTER, who -> new String[] {
            "staff",
            "add",
            "--ledger",
            "LEDGER",
            "--login",
            "new" + ++serial,
            "--employee-no",
            "300000" + serial,
            "--name",
            "見本 新人",
            "--role",
            "担当者"
        });
        m.put(Action.VIEW_AUDIT, who -> new String[] {"audit", "list", "--ledger", "LEDGER", "--limit", "5"});
        m.put(Action.EXPORT_AUDIT, who -> new String[] {
            "audit",
            "export",
            "--ledger",
            "LEDGER",
            "--from",
            "2027-04-01",
            "--to",
            "2027-04-30",
            "--out",
            dir.resolve(who + ++serial + ".xlsx").toString()
        });
        m.put(Action.PROPOSE_CHANGE, who -> new String[] {
            "catalog",
            "propose",
            "--ledger",
            "LEDGER",
            "--file",
            unchecked(this::catalogFile),
            "--summary",
            "標準処理時間の見直し"
        });
        m.put(Action.RECORD_INCIDENT, who -> new String[] {
            "incident", "add", "--ledger", "LEDGER", "--kind", "停電", "--occurred", "2027-04-12T09:00", "--summary", "停電"
        });
        m.put(Action.CENTRE_RECORDS, who ->
                new String[] {"improvement", "add", "--ledger", "LEDGER", "--title", "見本の改善", "--types", "2-7"});
        m.put(Action.APPROVE_CHANGE, who -> new String[] {
            "catalog", "approve", "--ledger", "LEDGER", "--id", unchecked(this::proposalByLd2), "--comment", "確認した"
        });
        return m;
    }

    @TestFactory
    List<DynamicTest> eachRolesCommandsExitZeroWhenAllowedAndOneWhenRefused() {
        List<DynamicTest> tests = new ArrayList<>();
        commands()
                .forEach((action, command) -> LOGINS.forEach((role, login) -> {
                    boolean allowed = Permissions.allows(role, action);
                    tests.add(DynamicTest.dynamicTest(
                            role.label() + " " + action.label() + (allowed ? " できる" : " できない"), () -> {
                                CliRunner.Result r = as(login, command.apply(login));
                                assertEquals(allowed ? 0 : 1, r.code(), r.err());
                                if (!allowed) {
                                    assertTrue(r.err().contains("権限ではできません"), r.err());
                                }
                            }));
                }));
        return tests;
    }

    @Test
    void theAuditorSeesMaskedValuesAndTheOperatorsViewIsLogged() {
        String id = newCase("op2");
        String auditorView =
                as("au", "case", "show", "--ledger", "LEDGER", "--id", id).out();
        assertTrue(auditorView.contains("field.commuteRoute=＊＊＊"), auditorView);
        assertFalse(auditorView.contains(ROUTE));
        String operatorView =
                as("op", "case", "show", "--ledger", "LEDGER", "--id", id).out();
        assertTrue(operatorView.contains("field.commuteRoute=" + ROUTE), operatorView);
        String views = as("au", "audit", "list", "--ledger", "LEDGER", "--views", "--actor", "op")
                .out();
        assertTrue(views.lines().anyMatch(l -> l.contains("\top\t見本 一郎\t閲覧\t" + id + "\t閲覧\t")), views);
        assertFalse(views.contains(ROUTE));
    }

    @Test
    void anOperatorCannotApproveACatalogChangeOrTheirOwnCase() throws Exception {
        String proposal = proposalByLd2();
        CliRunner.Result catalog = as("op", "catalog", "approve", "--ledger", "LEDGER", "--id", proposal);
        assertEquals(1, catalog.code());
        assertTrue(catalog.err().contains("承認"), catalog.err());
        CliRunner.Result own = as("ld2", "catalog", "approve", "--ledger", "LEDGER", "--id", proposal);
        assertEquals(1, own.code());
        assertTrue(own.err().contains("自分の提案は承認できません"), own.err());
        String[] s = submittedCase();
        CliRunner.Result ownCase =
                as("op2", "case", "do", "approve", "--ledger", "LEDGER", "--id", s[0], "--expect-version", s[1]);
        assertEquals(1, ownCase.code());
        assertTrue(ownCase.err().contains("自分が処理した案件"), ownCase.err());
    }

    @Test
    void aCatalogChangeIsReviewedThenApprovedByAnotherLeader() throws Exception {
        String proposal = proposalByLd2();
        String review = as("ld", "catalog", "review", "--ledger", "LEDGER", "--id", proposal)
                .out();
        assertTrue(review.contains("differences=1") && review.contains("taskTypes[2-2].standardMinutes"), review);
        assertTrue(as("ld", "catalog", "proposals", "--ledger", "LEDGER").out().contains(proposal + "\t業務カタログ\t承認待ち"));
        CliRunner.Result approved = as("ld", "catalog", "approve", "--ledger", "LEDGER", "--id", proposal);
        assertEquals(0, approved.code(), approved.err());
        assertTrue(approved.line().startsWith("version="), approved.out());
        assertEquals(0, as("ld", "verify", "--ledger", "LEDGER").code());
    }

    @Test
    void aValidMyNumberIsRefusedFromTheCommandLineAndAnInvalidOneAccepted() {
        CliRunner.Result subject =
                as("op", "case", "add", "--ledger", "LEDGER", "--type", "2-2", "--subject", "番号 123456789018 を確認");
        assertEquals(1, subject.code());
        assertTrue(subject.err().contains("「件名」に個人番号"), subject.err());
        CliRunner.Result field = as(
                "op",
                "case",
                "add",
                "--ledger",
                "LEDGER",
                "--type",
                "2-2",
                "--subject",
                "通勤手当",
                "--field",
                "通勤経路=１２３４　５６７８　９０１８");
        assertEquals(1, field.code());
        assertTrue(field.err().contains("通勤経路") && !field.err().contains("9018"), field.err());
        assertEquals(
                0,
                as("op", "case", "add", "--ledger", "LEDGER", "--type", "2-2", "--subject", "番号 123456789017 を確認")
                        .code());
    }

    @Test
    void verifyWithAnAnchorProvesHistoryAndRefusesAWrongOne() {
        newCase("op2");
        String anchor = as("tester", "audit", "head", "--ledger", "LEDGER", "--date", "2027-04-12")
                .out()
                .lines()
                .filter(l -> l.startsWith("anchor="))
                .findFirst()
                .orElseThrow()
                .substring("anchor=".length());
        CliRunner.Result ok = as("tester", "verify", "--ledger", "LEDGER", "--anchor", anchor);
        assertEquals(0, ok.code(), ok.err());
        assertTrue(ok.out().contains("履歴は変わっていません"), ok.out());
        CliRunner.Result wrong =
                as("tester", "verify", "--ledger", "LEDGER", "--anchor", "ab".repeat(32) + "@2027-04-12");
        assertEquals(2, wrong.code());
        assertTrue(wrong.err().contains("どこにもありません"), wrong.err());
        assertEquals(
                1,
                as("tester", "verify", "--ledger", "LEDGER", "--anchor", "abc@2027-04-12")
                        .code());
    }

    private static <T> T unchecked(java.util.concurrent.Callable<T> c) {
        try {
            return c.call();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
