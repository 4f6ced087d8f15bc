package jp.shomu.ledger.ui.fx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
import jp.shomu.ledger.testing.LedgerFixture;
import jp.shomu.ledger.ui.caseform.conflict.ConflictDialog;
import org.junit.jupiter.api.Test;

/** Two people on one case: the banner when the other saves, and the dialog when a save loses the race. */
class ConflictUiTest extends WorkbenchUiTest {
    private long id;

    @Override
    void prepare(LedgerFixture fixture) {
        id = fixture.allowanceCase(fixture.op1, "通勤手当 新規");
        fixture.cases().update(fixture.op1, id, 1, null, Map.of("monthlyAmount", "10000"));
    }

    @Test
    void aSaveThatLosesTheRaceShowsTheirValueAndMineAndSavesTheChoice() {
        openBySearch(id);
        type("#field-monthlyAmount", "13000");

        // another PC saves the same case: the poll notices and the banner says who
        ledger.cases().update(ledger.leader, id, 2, "通勤手当 新規(経路変更)", Map.of("monthlyAmount", "15000"));
        waitUntil(() -> text("#case-banner").contains("試用 次郎 さん"));
        assertTrue(text("#case-banner").contains("編集はそのまま"), text("#case-banner"));
        assertEquals("13000", text("#field-monthlyAmount"));

        shortcut(KeyCode.S);
        DialogPane dialog = lookup(".dialog-pane").query();
        assertEquals("保存が重なりました — あなたが編集している間に、他の人がこの案件を保存しました。", dialog.getHeaderText());
        assertTrue(dialog.lookupButton(ConflictDialog.SAVE).isDisabled(), "nothing is saved until the person chooses");
        assertTrue(from(dialog).lookup("15,000円").tryQuery().isPresent());
        assertTrue(from(dialog).lookup("通勤手当 新規(経路変更)").tryQuery().isPresent());
        clickOn(from(dialog).lookup("13,000円").queryAs(javafx.scene.control.RadioButton.class));
        settle();
        assertFalse(dialog.lookupButton(ConflictDialog.SAVE).isDisabled());
        pressDialogButton(ConflictDialog.SAVE);

        var saved = ledger.cases().details(ledger.manager, id).caseFile();
        assertEquals("13000", saved.field("monthlyAmount"));
        assertEquals("通勤手当 新規(経路変更)", saved.subject());
        assertEquals(4, saved.version());
        assertEquals("13,000", text("#field-monthlyAmount"));
        assertEquals("", text("#case-banner"));
    }

    @Test
    void discardingMineShowsTheirs() {
        openBySearch(id);
        type("#field-monthlyAmount", "13000");
        ledger.cases().update(ledger.leader, id, 2, null, Map.of("monthlyAmount", "15000"));
        shortcut(KeyCode.S);
        pressDialogButton(ConflictDialog.DISCARD);
        assertEquals("15,000", text("#field-monthlyAmount"));
        assertEquals(
                "15000", ledger.cases().details(ledger.manager, id).caseFile().field("monthlyAmount"));
    }
}
