package jp.shomu.ledger.ui.caseform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import jp.shomu.ledger.ui.common.ViewModelFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChecklistViewModelTest {
    @TempDir
    Path dir;

    private ViewModelFixture op1;
    private long id;

    @BeforeEach
    void setUp() {
        op1 = new ViewModelFixture(dir, "op1");
        id = op1.ledger.allowanceCase(op1.ledger.op1, "通勤手当");
    }

    @AfterEach
    void tearDown() {
        op1.close();
    }

    private static ChecklistItemModel item(CaseFormViewModel form, String id) {
        return form.checklist().items().stream()
                .filter(i -> i.item().id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void showsWhoTickedWhatAndWhen() {
        CaseFormViewModel form = op1.form(id);
        form.checklist().toggle(item(form, "c1"));
        ChecklistItemModel c1 = item(form, "c1");
        assertTrue(c1.tickedProperty().get());
        assertEquals("見本 一郎 R9.4.12 10:00", c1.tickedByProperty().get());
        assertEquals("［必須］", c1.badges());
        assertEquals("［必須］［ダブルチェック］", item(form, "c6").badges());
    }

    @Test
    void theMakerCannotTickASecondPersonItem() {
        CaseFormViewModel form = op1.form(id);
        ChecklistItemModel c6 = item(form, "c6");
        assertFalse(c6.changeableProperty().get());
        assertTrue(c6.blockedReasonProperty().get().contains("処理した本人以外"));
        form.checklist().toggle(c6);
        assertFalse(c6.tickedProperty().get());
        try (ViewModelFixture op2 = op1.as("op2")) {
            CaseFormViewModel other = op2.form(id);
            assertTrue(item(other, "c6").changeableProperty().get());
            other.checklist().toggle(item(other, "c6"));
            assertTrue(item(other, "c6").tickedProperty().get());
        }
    }

    @Test
    void onlyTheTickerOrALeaderMayTakeATickBack() {
        CaseFormViewModel form = op1.form(id);
        form.checklist().toggle(item(form, "c1"));
        try (ViewModelFixture op2 = op1.as("op2");
                ViewModelFixture leader = op1.as("leader")) {
            assertFalse(item(op2.form(id), "c1").changeableProperty().get());
            CaseFormViewModel leaderForm = leader.form(id);
            leaderForm.checklist().toggle(item(leaderForm, "c1"));
            assertFalse(item(leaderForm, "c1").tickedProperty().get());
        }
    }

    @Test
    void namesTheRequiredItemsStillOpen() {
        CaseFormViewModel form = op1.form(id);
        assertTrue(form.checklist().remainingProperty().get().startsWith("未チェックの必須項目: 受付・台帳記入、"));
        assertFalse(form.checklist().remainingProperty().get().contains("締切に間に合わない"));
    }

    @Test
    void aNewCaseIsTickedOnlyOnceSaved() {
        CaseFormViewModel form = op1.newForm("2-2");
        assertFalse(item(form, "c1").changeableProperty().get());
        assertTrue(item(form, "c1").blockedReasonProperty().get().contains("保存"));
    }
}
