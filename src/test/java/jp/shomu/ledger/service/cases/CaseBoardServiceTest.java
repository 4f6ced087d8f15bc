package jp.shomu.ledger.service.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import jp.shomu.ledger.domain.cases.CaseCounts;
import jp.shomu.ledger.domain.cases.CaseListEntry;
import jp.shomu.ledger.domain.cases.CaseQuery;
import jp.shomu.ledger.domain.cases.CaseStatus;
import jp.shomu.ledger.domain.cases.PauseKind;
import jp.shomu.ledger.domain.sla.SlaState;
import jp.shomu.ledger.testing.LedgerFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaseBoardServiceTest {
    @TempDir
    Path dir;

    private LedgerFixture f;
    private CaseBoardService board;

    @BeforeEach
    void setUp() {
        f = LedgerFixture.in(dir);
        board = new CaseBoardService(f.ctx);
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    private void submit(long id) {
        long v = f.workflow().start(f.op1, id, f.version(id));
        for (String item : List.of("c1", "c2", "c4", "c5")) {
            f.workflow().tick(f.op1, id, item, "");
        }
        f.workflow().submitForCheck(f.op1, id, v);
    }

    @Test
    void countsOpenCasesPerTypeWithTheirSlaStates() {
        f.allowanceCase(f.op1, "通勤手当 新規");
        long overdue = f.cases()
                .create(f.op1, "2-2", "扶養手当 古い届出", Map.of("receivedOn", "2027-03-01", "docsCompleteOn", "2027-03-01"));
        long paused = f.allowanceCase(f.op2, "住居手当");
        f.workflow().pause(f.op2, paused, f.version(paused), PauseKind.REQUESTER, "契約書の写しがない", "");

        CaseBoard b = board.board(f.op1);

        assertEquals(new CaseCounts(3, 0, 1, 1), b.of("2-2"));
        assertEquals(new CaseCounts(2, 0, 1, 0), b.mine());
        assertEquals(CaseCounts.NONE, b.of("1-1"));
        assertEquals(SlaState.OVERDUE, rowOf(overdue).sla(f.ctx.today()));
    }

    @Test
    void waitingForMyCheckLeavesOutMyOwnWork() {
        long mine = f.allowanceCase(f.op1, "通勤手当 自分");
        long theirs = f.allowanceCase(f.op2, "通勤手当 相手");
        submit(mine);
        f.workflow().start(f.op2, theirs, f.version(theirs));
        for (String item : List.of("c1", "c2", "c4", "c5")) {
            f.workflow().tick(f.op2, theirs, item, "");
        }
        f.workflow().submitForCheck(f.op2, theirs, f.version(theirs));

        assertEquals(
                List.of(theirs),
                board.awaitingCheckBy(f.op1, 100).stream()
                        .map(CaseListEntry::id)
                        .toList());
        assertEquals(1, board.board(f.op1).awaitingMyCheck());
        assertEquals(0, board.board(f.auditor).awaitingMyCheck());
    }

    @Test
    void cityApprovalIsMeasuredAtTheCentresEndNotAsDelay() {
        long id = f.allowanceCase(f.op1, "通勤手当 新規");
        submit(id);
        f.workflow().tick(f.op2, id, "c6", "");
        f.workflow().approve(f.op2, id, f.version(id), "");

        CaseListEntry row = rowOf(id);
        assertEquals(CaseStatus.CITY_APPROVAL, row.status());
        assertEquals(f.ctx.today(), row.centreDoneOn());
        assertEquals(SlaState.DONE_ON_TIME, row.sla(f.ctx.today()));
        assertEquals(SlaState.DONE_ON_TIME, row.sla(f.ctx.today().plusMonths(2)));
    }

    @Test
    void listFiltersByTypeStatusAndAssignee() {
        long a = f.allowanceCase(f.op1, "通勤手当 A");
        f.allowanceCase(f.op2, "通勤手当 B");
        f.cases().create(f.op1, "1-2", "住所変更届", Map.of());
        CaseQuery q =
                CaseQuery.all().withType("2-2").withAssignee(f.op1.id()).withStatuses(EnumSet.of(CaseStatus.RECEIVED));

        assertEquals(
                List.of(a), board.list(f.op1, q).stream().map(CaseListEntry::id).toList());
        assertEquals(3, board.list(f.op1, CaseQuery.all()).size());
        assertEquals(1, board.list(f.op1, CaseQuery.all().withText("住所")).size());
    }

    private CaseListEntry rowOf(long id) {
        return board.list(f.manager, CaseQuery.all()).stream()
                .filter(e -> e.id() == id)
                .findFirst()
                .orElseThrow();
    }
}
