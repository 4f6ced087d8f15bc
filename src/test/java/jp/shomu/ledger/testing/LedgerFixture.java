package jp.shomu.ledger.testing;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import jp.shomu.ledger.domain.calendar.JapanTime;
import jp.shomu.ledger.domain.staff.Role;
import jp.shomu.ledger.domain.staff.StaffMember;
import jp.shomu.ledger.service.LedgerContext;
import jp.shomu.ledger.service.cases.CaseService;
import jp.shomu.ledger.service.cases.CaseWorkflow;
import jp.shomu.ledger.service.settings.RosterService;
import jp.shomu.ledger.service.workplace.NewLedger;

/**
 * A fresh ledger for a test: created the way the app creates one, with a small roster (a manager, two operators,
 * a leader and an auditor) and a fixed clock (Monday 2027-04-12, 10:00 in Tokyo).
 */
public final class LedgerFixture implements AutoCloseable {
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2027-04-12T01:00:00Z"), JapanTime.ZONE);
    public static final Map<String, String> ALLOWANCE_FIELDS = Map.of(
            "allowanceKind",
            "通勤",
            "certificationKind",
            "新規",
            "targetEmployee",
            "99000123",
            "eventDate",
            "2027-04-01",
            "notifiedOn",
            "2027-04-05");

    public final Path file;
    public final LedgerContext ctx;
    public final StaffMember manager;
    public final StaffMember op1;
    public final StaffMember op2;
    public final StaffMember leader;
    public final StaffMember auditor;

    private LedgerFixture(Path file) {
        this.file = file;
        NewLedger.create(TestBackend.location(file), "manager", CLOCK, null);
        this.ctx = TestBackend.openContext(file, CLOCK);
        this.manager = ctx.whoIs("manager");
        RosterService roster = new RosterService(ctx);
        roster.add(manager, "op1", "9000101", "見本 一郎", Role.OPERATOR, "人事・給与");
        roster.add(manager, "op2", "9000102", "架空 花子", Role.OPERATOR, "人事・給与");
        roster.add(manager, "leader", "9000201", "試用 次郎", Role.LEADER, "人事・給与");
        roster.add(manager, "audit", "9000301", "例示 翔", Role.AUDITOR, "市監査");
        this.op1 = ctx.whoIs("op1");
        this.op2 = ctx.whoIs("op2");
        this.leader = ctx.whoIs("leader");
        this.auditor = ctx.whoIs("audit");
    }

    public static LedgerFixture in(Path dir) {
        return new LedgerFixture(dir.resolve("ledger.db"));
    }

    public CaseService cases() {
        return new CaseService(ctx);
    }

    public CaseWorkflow workflow() {
        return new CaseWorkflow(ctx);
    }

    /** A 2-2 allowance case with every required field filled, made by {@code maker}. */
    public long allowanceCase(StaffMember maker, String subject) {
        return cases().create(maker, "2-2", subject, ALLOWANCE_FIELDS);
    }

    /** A 2-2 allowance case by {@code maker}, received with its documents complete on {@code docsComplete}. */
    public long allowanceCaseFrom(StaffMember maker, String docsComplete) {
        Map<String, String> fields = new HashMap<>(ALLOWANCE_FIELDS);
        fields.put("receivedOn", docsComplete);
        fields.put("docsCompleteOn", docsComplete);
        return cases().create(maker, "2-2", "通勤手当 " + docsComplete, fields);
    }

    /** Another PC on the same file: a second connection, as another user's app would have. */
    public LedgerContext secondConnection() {
        return TestBackend.openContext(file, CLOCK);
    }

    public long version(long caseId) {
        return cases().details(manager, caseId).caseFile().version();
    }

    @Override
    public void close() {
        ctx.close();
    }
}
