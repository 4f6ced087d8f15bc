package jp.shomu.ledger.ui.fx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
import jp.shomu.ledger.testing.LedgerFixture;
import jp.shomu.ledger.ui.caseform.DraftOfferDialog;
import org.junit.jupiter.api.Test;

/**
 * The share's folder goes away while a person saves: the error says the input was kept on this PC, and when the case
 * is opened again the draft is offered, restored into the form and saved.
 */
class DraftUiTest extends WorkbenchUiTest {
    private long id;

    @Override
    void prepare(LedgerFixture fixture) {
        id = fixture.allowanceCase(fixture.op1, "通勤手当 新規");
    }

    private void pressDialogButton(ButtonData data) {
        DialogPane pane = lookup(".dialog-pane").query();
        ButtonType type = pane.getButtonTypes().stream()
                .filter(b -> b.getButtonData() == data)
                .findFirst()
                .orElseThrow();
        pressDialogButton(type);
    }

    @Test
    void whatWasTypedWhenTheShareWentAwayIsOfferedBackWhenTheCaseOpensAgain() throws Exception {
        openBySearch(id);
        type("#field-subject", "通勤手当 新規(経路変更)");
        type("#field-monthlyAmount", "13000");

        Path offline = dir.resolveSibling(dir.getFileName() + "-offline");
        Files.move(dir, offline); // the share's folder is gone
        shortcut(KeyCode.S);
        DialogPane error = lookup(".dialog-pane").query();
        String said = error.getContentText();
        assertTrue(said.startsWith("台帳ファイルに届きません"), said);
        assertTrue(said.contains("このPCに下書きとして残しました"), said);
        assertFalse(said.contains("Exception") || said.contains("\tat "), said);
        assertTrue(Files.isRegularFile(drafts.fileOf(ledger.ctx.ledger().file().toString(), "case-" + id)));
        pressDialogButton(ButtonData.CANCEL_CLOSE);
        assertEquals(said, text("#case-message"));

        Files.move(offline, dir); // back again; the person closes the case without saving
        shortcut(KeyCode.W);
        pressDialogButton(ButtonData.OTHER); // 破棄して閉じる
        assertEquals(1, ledger.version(id));

        openBySearch(id);
        DialogPane offer = lookup("#draft-offer").query();
        assertTrue(offer.getContentText().startsWith("この案件には、保存できなかった入力(下書き)があります(保存日時 "), offer.getContentText());
        pressDialogButton(DraftOfferDialog.RESTORE);
        assertEquals("通勤手当 新規(経路変更)", text("#field-subject"));
        assertEquals("13000", text("#field-monthlyAmount"));

        shortcut(KeyCode.S);
        var saved = ledger.cases().details(ledger.manager, id).caseFile();
        assertEquals("13000", saved.field("monthlyAmount"));
        assertEquals("通勤手当 新規(経路変更)", saved.subject());
        assertEquals(2, saved.version());
        assertFalse(Files.exists(drafts.fileOf(ledger.ctx.ledger().file().toString(), "case-" + id)));
        assertEquals("", text("#case-message"));
    }
}
