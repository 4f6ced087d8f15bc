package jp.shomu.ledger.service;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import jp.shomu.ledger.domain.audit.AuditFilter;
import jp.shomu.ledger.domain.calendar.BusinessCalendar;
import jp.shomu.ledger.domain.cases.CaseQuery;
import jp.shomu.ledger.domain.changes.ChangeKind;
import jp.shomu.ledger.domain.staff.Action;
import jp.shomu.ledger.domain.staff.PermissionDeniedException;
import jp.shomu.ledger.domain.staff.Permissions;
import jp.shomu.ledger.domain.staff.Role;
import jp.shomu.ledger.domain.staff.StaffMember;
import jp.shomu.ledger.service.audit.AuditTrail;
import jp.shomu.ledger.service.cases.CaseService;
import jp.shomu.ledger.service.cases.CaseWorkflow;
import jp.shomu.ledger.service.settings.CalendarService;
import jp.shomu.ledger.service.settings.ChangeService;
import jp.shomu.ledger.service.settings.RosterService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every role against every action that has a service, through the services that both the window and the command
 * line call: allowed actions succeed, the others are refused with PermissionDeniedException before anything changes.
 * Monthly report, ledger export and import are the report branch's services and are checked there.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RolePermissionsTest {
    private static final Map<Role, String> LOGINS =
            Map.of(Role.OPERATOR, "op1", Role.LEADER, "leader", Role.MANAGER, "admin", Role.AUDITOR, "audit");

    private LedgerContext ctx;
    private SecurityFixture fx;
    private int serial;

    @BeforeAll
    void setUp(@TempDir Path dir) {
        ctx = TestLedger.create(dir);
        fx = new SecurityFixture(ctx);
    }

    @AfterAll
    void close() {
        ctx.close();
    }

    private Map<Action, Consumer<StaffMember>> probes() {
        CaseService cases = new CaseService(ctx);
        CaseWorkflow flow = new CaseWorkflow(ctx);
        Map<Action, Consumer<StaffMember>> p = new EnumMap<>(Action.class);
        p.put(Action.READ_CASES, a -> {
            cases.list(a, CaseQuery.all());
            cases.details(a, fx.allowanceCase());
        });
        p.put(Action.CREATE_CASE, a -> cases.create(a, "1-2", "住所変更届", Map.of("届出種別", "住所変更")));
        p.put(Action.EDIT_CASE, a -> {
            // the case is given to the actor first: another 担当者's case is not theirs to edit (CaseRules)
            long id = fx.allowanceCase();
            long v = flow.assign(ctx.whoIs("leader"), id, 1, a.id());
            cases.update(a, id, v, "通勤手当 経路変更", Map.of());
        });
        p.put(Action.DOUBLE_CHECK, a -> {
            long[] s = fx.submittedCase();
            flow.sendBack(a, s[0], s[1], List.of("計算誤り"), "月額を確認してください");
        });
        p.put(
                Action.ASSIGN,
                a -> flow.assign(a, fx.allowanceCase(), 1, ctx.whoIs("op1").id()));
        p.put(Action.REOPEN, a -> {
            long[] d = fx.doneCase();
            flow.reopenWithError(a, d[0], d[1], List.of("計算誤り"), "完了後に誤りが見つかった");
        });
        p.put(
                Action.MANAGE_CALENDAR,
                a -> new CalendarService(ctx)
                        .importOfficialList(a, BusinessCalendar.standard().nationalHolidays(2027), "syukujitsu.csv"));
        p.put(
                Action.MANAGE_ROSTER,
                a -> new RosterService(ctx)
                        .add(a, "new" + ++serial, "20000" + serial, "見本 新人", Role.OPERATOR, "人事・給与"));
        p.put(Action.VIEW_AUDIT, a -> new AuditTrail(ctx).page(a, AuditFilter.all(), Long.MAX_VALUE, 10));
        p.put(Action.EXPORT_AUDIT, a -> new AuditTrail(ctx).export(a, AuditFilter.all(), "全期間", 1_000_000, e -> {}));
        p.put(
                Action.PROPOSE_CHANGE,
                a -> new ChangeService(ctx).propose(a, ChangeKind.CATALOG, "標準処理時間の見直し", fx.changedCatalog()));
        p.put(Action.APPROVE_CHANGE, a -> new ChangeService(ctx).approve(a, fx.proposalByLeader2(), "内容を確認した"));
        return p;
    }

    @TestFactory
    List<DynamicTest> eachRoleMayDoWhatTheMatrixAllowsAndNothingElse() {
        List<DynamicTest> tests = new ArrayList<>();
        probes().forEach((action, probe) -> LOGINS.forEach((role, login) -> tests.add(DynamicTest.dynamicTest(
                role.label() + " " + action.label() + (Permissions.allows(role, action) ? " できる" : " できない"), () -> {
                    StaffMember actor = ctx.whoIs(login);
                    if (Permissions.allows(role, action)) {
                        assertDoesNotThrow(() -> probe.accept(actor));
                    } else {
                        assertThrows(PermissionDeniedException.class, () -> probe.accept(actor));
                    }
                }))));
        return tests;
    }

    @TestFactory
    List<DynamicTest> onlyRolesThatMaySeeSensitiveValuesSeeThem() {
        long id = fx.allowanceCase();
        List<DynamicTest> tests = new ArrayList<>();
        LOGINS.forEach((role, login) -> tests.add(DynamicTest.dynamicTest(role.label(), () -> {
            String route = new CaseService(ctx)
                    .details(ctx.whoIs(login), id)
                    .caseFile()
                    .field("commuteRoute");
            assertEquals(
                    Permissions.allows(role, Action.VIEW_SENSITIVE) ? SecurityFixture.ROUTE : SensitiveData.MASK,
                    route);
        })));
        return tests;
    }
}
