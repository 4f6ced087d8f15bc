package jp.shomu.ledger.service.workplace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the user typed survives a failed save on the local PC, comes back for the same ledger, and goes once saved. */
class DraftStoreTest {
    @TempDir
    Path dir;

    @Test
    void aDraftIsOfferedBackForItsLedgerAndRemovedOnceSaved() {
        DraftStore store = new DraftStore(dir.resolve("drafts"));
        store.save(new DraftStore.Draft(
                "case-12",
                "\\\\srv\\share\\ledger.db",
                12L,
                3L,
                "2-2",
                "通勤手当 変更",
                Map.of("monthlyAmount", "6500"),
                1_000));
        store.save(new DraftStore.Draft(
                "new-a1", "\\\\srv\\share\\ledger.db", null, null, "1-2", "住所変更届", Map.of(), 2_000));
        store.save(new DraftStore.Draft("case-99", "other.db", 99L, 1L, "2-2", "別の台帳", Map.of(), 3_000));

        DraftStore reopened = new DraftStore(dir.resolve("drafts"));
        var drafts = reopened.forLedger("\\\\srv\\share\\ledger.db");
        assertEquals(2, drafts.size());
        assertEquals("new-a1", drafts.get(0).key());
        assertEquals(
                "6500",
                reopened.find("\\\\srv\\share\\ledger.db", "case-12")
                        .orElseThrow()
                        .fields()
                        .get("monthlyAmount"));
        assertEquals(
                3L,
                reopened.find("\\\\srv\\share\\ledger.db", "case-12")
                        .orElseThrow()
                        .baseVersion());

        reopened.discard("\\\\srv\\share\\ledger.db", "case-12");
        assertTrue(reopened.find("\\\\srv\\share\\ledger.db", "case-12").isEmpty());
        assertEquals(1, reopened.forLedger("\\\\srv\\share\\ledger.db").size());
    }

    @Test
    void theSameCaseNumberInTwoLedgersKeepsTwoDrafts() {
        DraftStore store = new DraftStore(dir.resolve("drafts"));
        store.save(new DraftStore.Draft("case-7", "a.db", 7L, 1L, "2-2", "台帳Aの下書き", Map.of(), 1_000));
        store.save(new DraftStore.Draft("case-7", "b.db", 7L, 4L, "2-2", "台帳Bの下書き", Map.of(), 2_000));

        assertEquals("台帳Aの下書き", store.find("a.db", "case-7").orElseThrow().subject());
        assertEquals("台帳Bの下書き", store.find("b.db", "case-7").orElseThrow().subject());
        store.discard("a.db", "case-7");
        assertTrue(store.find("a.db", "case-7").isEmpty());
        assertTrue(store.find("b.db", "case-7").isPresent());
    }
}
