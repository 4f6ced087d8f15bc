package jp.shomu.ledger.ui.caseform;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import jp.shomu.ledger.ui.common.Controls;
import jp.shomu.ledger.ui.common.Messages;

/** Offers back a draft kept when a save could not reach the ledger: 復元する, 下書きを破棄, or あとで (kept). */
public final class DraftOfferDialog extends Alert {
    public static final ButtonType RESTORE = Controls.buttonType("draft.restore", ButtonData.YES);
    public static final ButtonType DISCARD = Controls.buttonType("draft.discard", ButtonData.OTHER);
    public static final ButtonType LATER = Controls.buttonType("draft.later", ButtonData.CANCEL_CLOSE);

    public DraftOfferDialog(String message) {
        super(AlertType.CONFIRMATION, message, RESTORE, DISCARD, LATER);
        setTitle(Messages.get("draft.offerTitle"));
        setHeaderText(null);
        getDialogPane().setId("draft-offer");
    }

    /** What the pressed button means; closing the dialog keeps the draft. */
    public static CaseDrafts.Choice choiceOf(ButtonType pressed) {
        if (pressed == RESTORE) {
            return CaseDrafts.Choice.RESTORE;
        }
        return pressed == DISCARD ? CaseDrafts.Choice.DISCARD : CaseDrafts.Choice.LATER;
    }
}
