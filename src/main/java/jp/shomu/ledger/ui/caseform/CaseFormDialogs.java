package jp.shomu.ledger.ui.caseform;

import jp.shomu.ledger.ui.caseform.check.DoubleCheckViewModel;
import jp.shomu.ledger.ui.caseform.conflict.ConflictViewModel;
import jp.shomu.ledger.ui.caseform.flow.ReasonViewModel;
import jp.shomu.ledger.ui.common.DialogService;

/** The dialogs of an open case: the double check, a reason for a state change, a save conflict, a kept draft, a link. */
public interface CaseFormDialogs extends DialogService {
    /** Shows the double-check dialog; true when the checker recorded a decision (read it from the model). */
    boolean showDoubleCheck(DoubleCheckViewModel model);

    /** Asks for a reason, an addressee or an answer; true when confirmed. */
    boolean showReason(ReasonViewModel model);

    /** Asks which existing case to link this one to, and how; true when confirmed. */
    boolean showLinkCase(LinkCaseViewModel model);

    ConflictViewModel.Resolution showConflict(ConflictViewModel model);

    /** What to do with a form's unsaved edits when it closes. */
    enum CloseChoice {
        SAVE,
        DISCARD,
        CANCEL
    }

    /**
     * Asks what to do with unsaved edits before a case closes: 保存して閉じる (the default, so Enter keeps the edit),
     * 破棄して閉じる (never a default key) or キャンセル (Esc).
     */
    CloseChoice askCloseDirty(String caseTitle);

    /** Offers back a draft kept when a save could not reach the ledger: restore it, throw it away, or decide later. */
    CaseDrafts.Choice offerDraft(String message);
}
