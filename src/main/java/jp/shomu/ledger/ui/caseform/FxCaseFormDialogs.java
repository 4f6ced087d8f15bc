package jp.shomu.ledger.ui.caseform;

import java.util.Optional;
import javafx.scene.control.ButtonType;
import jp.shomu.ledger.ui.caseform.check.DoubleCheckDialog;
import jp.shomu.ledger.ui.caseform.check.DoubleCheckViewModel;
import jp.shomu.ledger.ui.caseform.conflict.ConflictDialog;
import jp.shomu.ledger.ui.caseform.conflict.ConflictViewModel;
import jp.shomu.ledger.ui.caseform.flow.ReasonDialog;
import jp.shomu.ledger.ui.caseform.flow.ReasonViewModel;
import jp.shomu.ledger.ui.common.FxDialogService;

/** The case form's dialogs as JavaFX dialogs. */
public class FxCaseFormDialogs extends FxDialogService implements CaseFormDialogs {
    @Override
    public boolean showDoubleCheck(DoubleCheckViewModel model) {
        return show(new DoubleCheckDialog(model))
                .filter(b -> b == DoubleCheckDialog.RECORD)
                .isPresent();
    }

    @Override
    public boolean showReason(ReasonViewModel model) {
        return show(new ReasonDialog(model))
                .filter(b -> b == ReasonDialog.CONFIRM)
                .isPresent();
    }

    @Override
    public boolean showLinkCase(LinkCaseViewModel model) {
        return show(new LinkCaseDialog(model))
                .filter(b -> b == LinkCaseDialog.LINK)
                .isPresent();
    }

    @Override
    public ConflictViewModel.Resolution showConflict(ConflictViewModel model) {
        Optional<ButtonType> b = show(new ConflictDialog(model));
        if (b.filter(x -> x == ConflictDialog.SAVE).isPresent()) {
            return ConflictViewModel.Resolution.SAVE_CHOSEN;
        }
        return b.filter(x -> x == ConflictDialog.DISCARD).isPresent()
                ? ConflictViewModel.Resolution.DISCARD_MINE
                : ConflictViewModel.Resolution.CANCEL;
    }

    @Override
    public CloseChoice askCloseDirty(String caseTitle) {
        return CloseDirtyDialog.choiceOf(show(new CloseDirtyDialog(caseTitle)).orElse(null));
    }

    @Override
    public CaseDrafts.Choice offerDraft(String message) {
        return DraftOfferDialog.choiceOf(show(new DraftOfferDialog(message)).orElse(DraftOfferDialog.LATER));
    }
}
