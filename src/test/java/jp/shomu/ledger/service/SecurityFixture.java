package jp.shomu.ledger.service;

import java.util.List;
import java.util.Map;
import jp.shomu.ledger.domain.catalog.Catalog;
import jp.shomu.ledger.domain.catalog.TaskType;
import jp.shomu.ledger.domain.staff.Role;
import jp.shomu.ledger.domain.staff.StaffMember;
import jp.shomu.ledger.service.cases.CaseService;
import jp.shomu.ledger.service.cases.CaseWorkflow;
import jp.shomu.ledger.service.settings.ChangeService;
import jp.shomu.ledger.service.settings.RosterService;
import jp.shomu.ledger.store.settings.CatalogJson;

/**
 * A test ledger (TestLedger's roster plus a second leader) and cases in the states the security tests need, all
 * made by operator op2 so that the person under test is never the maker. Fictional data only.
 */
public final class SecurityFixture {
    public static final String ROUTE = "見本駅〜例示駅(見本線)";

    private final LedgerContext ctx;
    private final CaseService cases;
    private final CaseWorkflow flow;
    private final StaffMember maker;
    private final StaffMember checker;
    private int catalogEdits;

    public SecurityFixture(LedgerContext ctx) {
        this.ctx = ctx;
        this.cases = new CaseService(ctx);
        this.flow = new CaseWorkflow(ctx);
        new RosterService(ctx).add(ctx.whoIs("admin"), "leader2", "1000006", "見本 次長", Role.LEADER, "福利厚生");
        this.maker = ctx.whoIs("op2");
        this.checker = ctx.whoIs("leader2");
    }

    public LedgerContext ctx() {
        return ctx;
    }

    public StaffMember who(String login) {
        return ctx.whoIs(login);
    }

    /** A 2-2 allowance case with a sensitive commuting route, made and assigned to op2. */
    public long allowanceCase() {
        return cases.create(
                maker,
                "2-2",
                "通勤手当 新規認定",
                Map.of(
                        "手当種別",
                        "通勤",
                        "認定区分",
                        "新規",
                        "対象職員",
                        "99123456",
                        "事実発生日",
                        "R9.4.1",
                        "届出受理日",
                        "令和9年4月12日",
                        "書類完備日",
                        "2027-04-12",
                        "通勤経路",
                        ROUTE));
    }

    /** A case waiting for its double check; returns {id, version}. */
    public long[] submittedCase() {
        long id = allowanceCase();
        long v = flow.start(maker, id, 1);
        for (String item : List.of("c1", "c2", "c4", "c5")) {
            flow.tick(maker, id, item, "");
        }
        return new long[] {id, flow.submitForCheck(maker, id, v)};
    }

    /** A completed case; returns {id, version}. */
    public long[] doneCase() {
        long[] s = submittedCase();
        flow.tick(checker, s[0], "c6", "");
        long v = flow.approve(checker, s[0], s[1], "");
        flow.tick(maker, s[0], "c7", "市決裁済");
        flow.tick(maker, s[0], "c8", "");
        return new long[] {s[0], flow.complete(maker, s[0], v)};
    }

    /** The catalog in force with one type's standard minutes changed, as a proposal's JSON (different every call). */
    public String changedCatalog() {
        Catalog c = ctx.catalog();
        catalogEdits++;
        List<TaskType> types = c.taskTypes().stream()
                .map(t -> t.code().equals("2-2") ? withMinutes(t, t.standardMinutes() + catalogEdits) : t)
                .toList();
        return CatalogJson.toJson(c.withTaskTypes(types));
    }

    /** A catalog proposal by leader2, waiting for someone else. */
    public long proposalByLeader2() {
        return new ChangeService(ctx)
                .propose(
                        checker,
                        jp.shomu.ledger.domain.changes.ChangeKind.CATALOG,
                        "2-2 の標準処理時間を実績に合わせる",
                        changedCatalog());
    }

    static TaskType withMinutes(TaskType t, int minutes) {
        return new TaskType(
                t.code(),
                t.id(),
                t.name(),
                t.majorCode(),
                t.description(),
                t.fields(),
                t.checklist(),
                t.sla(),
                minutes,
                t.annualCases(),
                t.referenceAnnualHours(),
                t.estimated(),
                t.peakMonths(),
                t.tableWork(),
                t.legalDueField(),
                t.followOns());
    }
}
