package jp.shomu.ledger.service.assignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import jp.shomu.ledger.domain.errors.ConflictException;
import jp.shomu.ledger.domain.staff.PermissionDeniedException;
import jp.shomu.ledger.store.audit.LedgerVerifier;
import jp.shomu.ledger.testing.LedgerFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Assigning, taking and covering an absence, with the audit's from / to / by / why. */
class AssignmentServiceTest {
    @TempDir
    Path dir;

    private LedgerFixture f;
    private AssignmentService assignment;

    @BeforeEach
    void setUp() {
        f = LedgerFixture.in(dir);
        assignment = new AssignmentService(f.ctx);
    }

    @AfterEach
    void close() {
        f.close();
    }

    private Long assigneeOf(long id) {
        return f.cases().details(f.manager, id).caseFile().assigneeId();
    }

    @Test
    void aLeaderAssignsAndTheAuditSaysFromWhomToWhomByWhomAndWhy() {
        long id = f.allowanceCase(f.op1, "通勤手当 新規");
        long v = assignment.assign(f.leader, id, f.version(id), "op2", "op1 は研修のため");
        assertEquals(f.op2.id(), assigneeOf(id));
        assertEquals(f.version(id), v);
        String after = f.ctx.ledger()
                .read(c -> jp.shomu.ledger.store.Sql.queryOne(
                        c,
                        "SELECT after FROM audit_log WHERE entity = 'assignment' AND entity_id = ?",
                        rs -> rs.getString(1),
                        Long.toString(id)))
                .orElseThrow();
        Map<String, String> entry = jp.shomu.ledger.store.Json.readFlat(after);
        assertEquals("op1", entry.get("from"));
        assertEquals("op2", entry.get("to"));
        assertEquals("leader", entry.get("by"));
        assertEquals("op1 は研修のため", entry.get("why"));
        assertTrue(LedgerVerifier.verify(f.ctx.ledger()).ok(), "verify still agrees with the audit trail");
    }

    @Test
    void aStaleVersionIsAConflictAndChangesNothing() {
        long id = f.allowanceCase(f.op1, "通勤手当 新規");
        long stale = f.version(id);
        assignment.assign(f.leader, id, stale, "op2", null);
        assertThrows(ConflictException.class, () -> assignment.assign(f.leader, id, stale, "leader", null));
        assertEquals(f.op2.id(), assigneeOf(id));
    }

    @Test
    void anOperatorMayTakeAnUnassignedCaseButNotAssignOthersOrTakeAnAssignedOne() {
        long id = f.allowanceCase(f.manager, "住居手当 変更");
        // the manager registered it: make it unassigned as an imported case would be
        f.ctx.ledger().write("manager", tx -> {
            var loaded = jp.shomu.ledger.store.cases.CaseRepository.load(tx.connection(), id)
                    .orElseThrow();
            return jp.shomu.ledger.store.cases.CaseRepository.save(
                    tx, loaded.file().withAssignee(null), "担当解除", loaded);
        });
        assertThrows(PermissionDeniedException.class, () -> assignment.assign(f.op1, id, f.version(id), "op2", null));
        assignment.assign(f.op1, id, f.version(id), "op1", null);
        assertEquals(f.op1.id(), assigneeOf(id));
        assertThrows(PermissionDeniedException.class, () -> assignment.assign(f.op2, id, f.version(id), "op2", null));
        assertThrows(PermissionDeniedException.class, () -> assignment.planCover(f.op2, "op1", List.of("op2"), null));
    }

    @Test
    void coveringAnAbsenceSpreadsTheCasesByOpenStandardMinutes() {
        long a = f.allowanceCase(f.op1, "通勤手当 A");
        long b = f.allowanceCase(f.op1, "通勤手当 B");
        long c = f.allowanceCase(f.op1, "通勤手当 C");
        long held = f.allowanceCase(f.op2, "通勤手当 op2 の手持ち");
        int perCase = AssignmentService.minutesOf(f.ctx.catalog(), "2-2");

        CoverPlan plan = assignment.planCover(f.leader, "op1", List.of("op2", "leader"), null);
        assertEquals(3, plan.moves().size());
        Map<String, Long> byTarget =
                plan.moves().stream().collect(Collectors.groupingBy(m -> m.to().login(), Collectors.counting()));
        // op2 starts with one case, the leader with none: 0 → leader, tie → op2 (listed first), then leader
        assertEquals(Map.of("op2", 1L, "leader", 2L), byTarget);
        CoverPlan.Load op2 = plan.loads().get(0);
        assertEquals(perCase, op2.minutesBefore());
        assertEquals(2 * perCase, op2.minutesAfter());
        assertEquals(2 * perCase, plan.loads().get(1).minutesAfter());
        assertEquals(f.op1.id(), assigneeOf(a), "a preview moves nothing");

        assertEquals(3, assignment.apply(f.leader, plan, null));
        for (long id : List.of(a, b, c)) {
            assertTrue(assigneeOf(id) == f.op2.id() || assigneeOf(id) == f.leader.id());
        }
        assertEquals(f.op2.id(), assigneeOf(held));
        assertTrue(LedgerVerifier.verify(f.ctx.ledger()).ok());
    }

    @Test
    void aPlanAppliedAfterACaseChangedMovesNothing() {
        long a = f.allowanceCase(f.op1, "通勤手当 A");
        long b = f.allowanceCase(f.op1, "通勤手当 B");
        CoverPlan plan = assignment.planCover(f.leader, "op1", List.of("op2"), null);
        f.workflow().start(f.op1, b, f.version(b));
        assertThrows(ConflictException.class, () -> assignment.apply(f.leader, plan, "不在"));
        assertEquals(f.op1.id(), assigneeOf(a), "the transaction rolled back as a whole");
        assertEquals(f.op1.id(), assigneeOf(b));
    }
}
