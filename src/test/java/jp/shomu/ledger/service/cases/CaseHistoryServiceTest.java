package jp.shomu.ledger.service.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import jp.shomu.ledger.domain.audit.CaseHistoryEntry;
import jp.shomu.ledger.service.SensitiveData;
import jp.shomu.ledger.testing.LedgerFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaseHistoryServiceTest {
    @TempDir
    Path dir;

    private LedgerFixture f;

    @BeforeEach
    void setUp() {
        f = LedgerFixture.in(dir);
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    @Test
    void historyHoldsTheCaseAndEverythingDoneOnItInOrder() {
        long id = f.allowanceCase(f.op1, "通勤手当 新規");
        f.workflow().tick(f.op1, id, "c1", "受付済");
        f.workflow().comment(f.op1, id, "本人に電話で確認");
        f.workflow().logTime(f.op1, id, LocalDate.of(2027, 4, 12), 30);
        f.cases().update(f.op1, id, f.version(id), "通勤手当 新規(バス)", Map.of("transport", "バス"));
        f.workflow().untick(f.op1, id, "c1");

        List<CaseHistoryEntry> history =
                new CaseHistoryService(f.ctx).history(f.op1, id).entries();

        assertEquals(
                List.of("登録", "チェック", "コメント", "作業時間", "編集", "チェック取消"),
                history.stream().map(CaseHistoryEntry::action).toList());
        assertEquals("バス", history.get(4).after().get("field.transport"));
        assertEquals("op1", history.get(0).actor());
    }

    @Test
    void historyLeavesOutOtherCasesEvenWithSimilarNumbers() {
        long first = f.allowanceCase(f.op1, "一件目");
        for (int i = 0; i < 10; i++) {
            f.allowanceCase(f.op1, "他の案件 " + i);
        }
        long eleventh = first + 10;
        f.workflow().tick(f.op1, eleventh, "c1", "");
        f.workflow().tick(f.op1, first, "c2", "");

        List<CaseHistoryEntry> history =
                new CaseHistoryService(f.ctx).history(f.op1, first).entries();

        assertEquals(2, history.size());
        assertTrue(history.stream()
                .allMatch(e -> e.entityId().equals(Long.toString(first))
                        || e.entityId().equals(first + "/c2")));
    }

    @Test
    void sensitiveValuesAreMaskedInTheHistory() {
        long id = f.allowanceCase(f.op1, "扶養手当");
        f.cases().update(f.op1, id, 1, null, Map.of("dependants", "配偶者 昭和50年1月1日生", "monthlyAmount", "6500"));

        CaseHistoryEntry edit =
                new CaseHistoryService(f.ctx).history(f.leader, id).entries().get(1);

        assertEquals(SensitiveData.MASK, edit.after().get("field.dependants"));
        assertEquals("6500", edit.after().get("field.monthlyAmount"));
    }
}
