package jp.shomu.ledger.service;

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
        store.save(new DraftStore.Draft("case-12", "\\\\srv\\share\\ledger.db", 12L, 3L, "2-2", "通勤手当 変更",
                Map.of("monthlyAmount", "6500"), 1_000));
        store.save(new DraftStore.Draft("new-a1", "\\\\srv\\share\\ledger.db", null, null, "1-2", "住所変更届", Map.of(), 2_000));
        store.save(new DraftStore.Draft("case-99", "other.db", 99L, 1L, "2-2", "別の台帳", Map.of(), 3_000));

        DraftStore reopened = new DraftStore(dir.resolve("drafts"));
        var drafts = reopened.forLedger("\\\\srv\\share\\ledger.db");
        assertEquals(2, drafts.size());
        assertEquals("new-a1", drafts.get(0).key());
        assertEquals("6500", reopened.find("case-12").orElseThrow().fields().get("monthlyAmount"));
        assertEquals(3L, reopened.find("case-12").orElseThrow().baseVersion());

        reopened.discard("case-12");
        assertTrue(reopened.find("case-12").isEmpty());
        assertEquals(1, reopened.forLedger("\\\\srv\\share\\ledger.db").size());
    }
}
