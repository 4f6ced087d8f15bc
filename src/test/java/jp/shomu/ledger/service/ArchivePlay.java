package jp.shomu.ledger.service;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import jp.shomu.ledger.domain.cases.CaseFile;
import jp.shomu.ledger.domain.cases.CaseStatus;
import jp.shomu.ledger.domain.cases.PauseKind;
import jp.shomu.ledger.domain.catalog.ChecklistItem;
import jp.shomu.ledger.domain.catalog.TaskType;
import jp.shomu.ledger.domain.staff.StaffMember;
import jp.shomu.ledger.service.cases.CaseService;
import jp.shomu.ledger.service.cases.CaseWorkflow;
import jp.shomu.ledger.store.Ledger;
import jp.shomu.ledger.store.Sql;
import jp.shomu.ledger.testing.MutableClock;

/** Plays cases through the real workflow on the test clock's day, for the archive tests. */
public final class ArchivePlay {
    private final LedgerContext ctx;
    private final MutableClock clock;
    private final CaseService cases;
    private final CaseWorkflow flow;
    private final StaffMember maker;
    private final StaffMember checker;

    public ArchivePlay(LedgerContext ctx, MutableClock clock) {
        this.ctx = ctx;
        this.clock = clock;
        this.cases = new CaseService(ctx);
        this.flow = new CaseWorkflow(ctx);
        this.maker = ctx.whoIs("op1");
        this.checker = ctx.whoIs("op2");
    }

    public long receive(String type) {
        String today = ctx.today().toString();
        Map<String, String> fields = type.equals("2-2")
                ? Map.of(
                        "手当種別",
                        "通勤",
                        "認定区分",
                        "新規",
                        "対象職員",
                        "99123456",
                        "事実発生日",
                        today,
                        "届出受理日",
                        today,
                        "書類完備日",
                        today,
                        "依頼所属",
                        "見本区役所 市民課")
                : Map.of();
        return cases.create(maker, type, "見本 " + type + " " + clock.instant(), fields);
    }

    private CaseFile get(long id) {
        return cases.details(maker, id).caseFile();
    }

    /** Start, every step, the double check, the city's steps: 完了 today. */
    public void finish(long id) {
        finish(id, false);
    }

    /** As {@link #finish(long)}, the first double check sending the case back once. */
    public void finish(long id, boolean sendBackFirst) {
        CaseFile c = get(id);
        TaskType type = ctx.catalog(c.catalogVersion()).taskType(c.typeCode()).orElseThrow();
        long v = c.status() == CaseStatus.RECEIVED ? flow.start(maker, id, c.version()) : c.version();
        for (ChecklistItem item : type.checklist()) {
            if (!item.secondPerson() && !item.cityStep()) {
                flow.tick(maker, id, item.id(), "");
            }
        }
        flow.logTime(maker, id, ctx.today(), 45);
        v = flow.submitForCheck(maker, id, v);
        if (sendBackFirst) {
            v = flow.sendBack(checker, id, v, List.of("INPUT"), "月額の入力誤り");
            v = flow.submitForCheck(maker, id, v);
        }
        for (ChecklistItem item : type.checklist()) {
            if (item.secondPerson()) {
                flow.tick(checker, id, item.id(), "");
            }
        }
        v = flow.approve(checker, id, v, "");
        if (get(id).status() == CaseStatus.CITY_APPROVAL) {
            for (ChecklistItem item : type.checklist()) {
                if (item.cityStep()) {
                    flow.tick(maker, id, item.id(), "市決裁済");
                }
            }
            flow.complete(maker, id, v);
        }
    }

    public void withdraw(long id) {
        flow.withdraw(maker, id, get(id).version(), "申請者からの取下げ");
    }

    public void startAndTick(long id) {
        flow.start(maker, id, get(id).version());
        flow.tick(maker, id, "c1", "");
    }

    public void pauseAndResume(long id) {
        long v = flow.pause(maker, id, get(id).version(), PauseKind.REQUESTER, "添付書類の不足", null);
        flow.resume(maker, id, v, "書類の提出あり");
    }

    public void comment(long id, String text) {
        flow.comment(maker, id, text);
    }

    public void reopen(long id) {
        flow.reopenWithError(ctx.whoIs("leader"), id, get(id).version(), List.of("INPUT"), "完了後に入力誤りが見つかった");
    }

    /** How many rows each table holds for the cases {@code ids}. */
    public Map<String, Long> activityOf(Ledger ledger, List<Long> ids) {
        String in = "(" + String.join(",", ids.stream().map(String::valueOf).toList()) + ")";
        Map<String, Long> counts = new TreeMap<>();
        for (String table : List.of("case_field", "checklist_tick", "pause", "review", "time_entry", "comment")) {
            counts.put(
                    table,
                    ledger.read(c -> Sql.queryOne(
                                    c, "SELECT COUNT(*) FROM " + table + " WHERE case_id IN " + in, rs -> rs.getLong(1))
                            .orElse(0L)));
        }
        counts.put(
                "review_error",
                ledger.read(c -> Sql.queryOne(
                                c,
                                "SELECT COUNT(*) FROM review_error e JOIN review r"
                                        + " ON r.id = e.review_id WHERE r.case_id IN " + in,
                                rs -> rs.getLong(1))
                        .orElse(0L)));
        return counts;
    }
}
