package jp.shomu.ledger.ui.caseform;

import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import jp.shomu.ledger.ui.common.Controls;
import jp.shomu.ledger.ui.common.Messages;

/**
 * Asked when a case with unsaved edits closes: 保存して閉じる is the default button (Enter saves), 破棄して閉じる is
 * never a default key, キャンセル (Esc, or closing the dialog) keeps the case open.
 */
public final class CloseDirtyDialog extends Alert {
    public static final ButtonType SAVE = Controls.buttonType("close.save", ButtonData.OK_DONE);
    public static final ButtonType DISCARD = Controls.buttonType("close.discard", ButtonData.OTHER);
    public static final ButtonType CANCEL = Controls.buttonType("dialog.cancel", ButtonData.CANCEL_CLOSE);

    public CloseDirtyDialog(String caseTitle) {
        super(AlertType.CONFIRMATION, Messages.format("close.message", caseTitle), SAVE, DISCARD, CANCEL);
        setTitle(Messages.get("main.closeTitle"));
        setHeaderText(null);
        getDialogPane().setId("close-dirty");
        Button save = (Button) getDialogPane().lookupButton(SAVE);
        save.setId("close-save");
        save.setDefaultButton(true);
        Button discard = (Button) getDialogPane().lookupButton(DISCARD);
        discard.setId("close-discard");
        discard.setDefaultButton(false);
        discard.setCancelButton(false);
        getDialogPane().lookupButton(CANCEL).setId("close-cancel");
        setOnShown(e -> save.requestFocus());
    }

    /** What the pressed button means; closing the dialog any other way cancels. */
    public static CaseFormDialogs.CloseChoice choiceOf(ButtonType pressed) {
        if (pressed == SAVE) {
            return CaseFormDialogs.CloseChoice.SAVE;
        }
        return pressed == DISCARD ? CaseFormDialogs.CloseChoice.DISCARD : CaseFormDialogs.CloseChoice.CANCEL;
    }
}
