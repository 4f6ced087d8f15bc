package jp.shomu.ledger.service.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.shomu.ledger.domain.cases.PauseKind;
import jp.shomu.ledger.service.assignment.AssignmentService;
import jp.shomu.ledger.testing.LedgerFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The desk on Monday 2027-04-12: 2-2 cases are due 3 business days after their 書類完備日. */
class DeskServiceTest {
    @TempDir
    Path dir;

    private LedgerFixture f;
    private DeskService desk;

    @BeforeEach
    void setUp() {
        f = LedgerFixture.in(dir);
        desk = new DeskService(f.ctx);
    }

    @AfterEach
    void close() {
        f.close();
    }

    private static String row(DeskLine l) {
        return l.section().code() + " " + l.dueOn() + " " + l.businessDaysLeft();
    }

    @Test
    void casesAreSortedIntoSectionsWithTheBusinessDaysLeft() {
        long over = f.allowanceCaseFrom(f.op1, "2027-04-05"); // due Thu 04-08: two business days over
        long today = f.allowanceCaseFrom(f.op1, "2027-04-07"); // due Mon 04-12
        long soon1 = f.allowanceCaseFrom(f.op2, "2027-04-08"); // due 04-13
        long soon2 = f.allowanceCaseFrom(f.op2, "2027-04-09"); // due 04-14
        long later = f.allowanceCaseFrom(f.op2, "2027-04-12"); // due 04-15: three days left, not soon with N = 2
        long paused = f.allowanceCaseFrom(f.op1, "2027-04-12");
        f.workflow().pause(f.op1, paused, f.version(paused), PauseKind.REQUESTER, "添付書類の不足", null);
        long held = f.allowanceCaseFrom(f.op1, "2027-04-12");
        f.workflow().pause(f.op1, held, f.version(held), PauseKind.CITY_HOLD, "規則の解釈", "人事課 給与係");

        Desk d = desk.desk(f.leader, DeskService.DEFAULT_WITHIN, null);
        Map<Long, String> byId = new HashMap<>();
        d.lines().forEach(l -> byId.put(l.id(), row(l)));
        assertEquals("overdue 2027-04-08 -2", byId.get(over));
        assertEquals("today 2027-04-12 0", byId.get(today));
        assertEquals("soon 2027-04-13 1", byId.get(soon1));
        assertEquals("soon 2027-04-14 2", byId.get(soon2));
        assertTrue(!byId.containsKey(later), "three business days left is not soon with N = 2");
        assertTrue(byId.get(paused).startsWith("paused "));
        DeskLine hold = d.section(DeskSection.HOLD).get(0);
        assertEquals(held, hold.id());
        assertEquals("人事課 給与係", hold.addressee());
        assertEquals(LocalDate.parse("2027-04-12"), hold.since());
        assertEquals(
                List.of(over, today, soon1, soon2, paused, held),
                d.lines().stream().map(DeskLine::id).toList(),
                "overdue first, then today, soon (earliest due first), paused, hold");

        assertTrue(
                desk.desk(f.leader, 3, null).section(DeskSection.SOON).stream().anyMatch(l -> l.id() == later));
        assertTrue(desk.desk(f.leader, 2, "2-6").lines().isEmpty(), "--type keeps only that type");
    }

    @Test
    void loadsCountOpenCasesMinutesAndOverdue() {
        f.allowanceCaseFrom(f.op1, "2027-04-05");
        f.allowanceCaseFrom(f.op1, "2027-04-12");
        int perCase = f.ctx.catalog().taskType("2-2").orElseThrow().standardMinutes();
        OperatorLoad op1 = desk.overview(f.leader, null, true).loads().stream()
                .filter(l -> l.login().equals("op1"))
                .findFirst()
                .orElseThrow();
        assertEquals(2, op1.openCases());
        assertEquals(2 * perCase, op1.openMinutes());
        assertEquals(1, op1.overdue());
        assertTrue(desk.overview(f.leader, null, true).loads().stream()
                .noneMatch(l -> l.login().equals("audit")));
    }

    @Test
    void casesAssignedBySomeoneElseAreNewForTheirNewAssignee() {
        long a = f.allowanceCaseFrom(f.op1, "2027-04-12");
        long b = f.allowanceCaseFrom(f.op2, "2027-04-12");
        new AssignmentService(f.ctx).assign(f.leader, a, f.version(a), "op2", "応援");
        assertEquals(java.util.Set.of(a), desk.newlyAssignedTo(f.op2, 7));
        assertTrue(desk.newlyAssignedTo(f.op1, 7).isEmpty());
        assertTrue(b > 0);
    }

    @Test
    void theMonthEndListsTheOpenCasesDueByThePayrollCutoff() {
        assertTrue(desk.monthEnd(f.leader).isEmpty(), "no cut-off set for April");
        long early = f.allowanceCaseFrom(f.op1, "2027-04-05"); // due 04-08
        long late = f.allowanceCaseFrom(f.op1, "2027-04-12"); // due 04-15
        desk.setPayrollCutoff(f.leader, java.time.YearMonth.of(2027, 4), LocalDate.parse("2027-04-14"));
        DeskService.MonthEnd m = desk.monthEnd(f.leader).orElseThrow();
        assertEquals(LocalDate.parse("2027-04-14"), m.cutoff());
        assertEquals(
                List.of(early),
                m.unfinished().stream().map(DeskService.OpenCaseDue::id).toList());
        assertTrue(late > early);
        org.junit.jupiter.api.Assertions.assertThrows(
                jp.shomu.ledger.domain.staff.PermissionDeniedException.class,
                () -> desk.setPayrollCutoff(f.op1, java.time.YearMonth.of(2027, 4), LocalDate.parse("2027-04-20")));
        assertTrue(jp.shomu.ledger.store.audit.LedgerVerifier.verify(f.ctx.ledger())
                .ok());
    }
}
