package jp.shomu.ledger.ui.caseform;

import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import jp.shomu.ledger.domain.cases.CaseFile;
import jp.shomu.ledger.domain.errors.LedgerException;
import jp.shomu.ledger.service.workplace.DraftStore.Draft;
import jp.shomu.ledger.ui.caseform.conflict.ConflictViewModel;
import jp.shomu.ledger.ui.common.DisplayFormat;
import jp.shomu.ledger.ui.common.ErrorText;
import jp.shomu.ledger.ui.common.Messages;

/**
 * The draft of one case form: kept when a save cannot reach the ledger, offered back when the case opens again, and
 * removed once the input is saved or thrown away. A restored draft typed over an older version than the one now saved
 * is saved against that older version, so the save conflicts and the person sees both sides.
 */
final class FormDraft {
    private final OpenCase openCase;
    private final CaseDrafts drafts;
    /** The key while the case is new (a restored new-case draft keeps its own). */
    private String newCaseKey = CaseDrafts.newCaseKey();
    /** True while this form's input is kept on this PC: written after a failed save, or restored. */
    private boolean kept;

    private Draft older;

    FormDraft(OpenCase openCase) {
        this.openCase = openCase;
        this.drafts = new CaseDrafts(openCase.session());
    }

    private String key() {
        return openCase.isNew()
                ? newCaseKey
                : CaseDrafts.caseKey(openCase.idProperty().get());
    }

    /** The version a save of this form names: the one it loaded, or a restored draft's older one. */
    long savedAgainst(CaseFile base) {
        return older != null ? older.baseVersion() : base.version();
    }

    private static boolean isOlder(Draft draft, CaseFile base) {
        return draft.baseVersion() != null && draft.baseVersion().longValue() != base.version();
    }

    /**
     * The ledger file could not be written: keeps the input on this PC, and says so under the ledger's own reason.
     *
     * @param subject the subject to keep, or null when it was not changed
     * @param fields  the changed fields as typed
     */
    void keep(LedgerException refusal, CaseFile base, String subject, Map<String, String> fields) {
        boolean isNew = openCase.isNew();
        String note;
        try {
            drafts.keep(
                    key(),
                    isNew ? null : base.id(),
                    isNew ? null : savedAgainst(base),
                    openCase.type().code(),
                    subject,
                    fields);
            kept = true;
            note = Messages.get(isNew ? "form.draftKeptNew" : "form.draftKept");
        } catch (UncheckedIOException e) {
            note = Messages.format("form.draftNotKept", e.getMessage());
        }
        String text = ErrorText.of(refusal) + "\n\n" + note;
        openCase.messageProperty().set(text);
        openCase.dialogs().showError(text);
    }

    /** The draft kept for this case, if there is one and the person chose to restore it. */
    Optional<Draft> offer(CaseFile base) {
        try {
            return drafts.find(key()).filter(d -> drafts.offer(d, offerText(d, base), openCase.dialogs()));
        } catch (UncheckedIOException e) {
            openCase.messageProperty().set(e.getMessage());
            return Optional.empty();
        }
    }

    private static String offerText(Draft draft, CaseFile base) {
        String text = Messages.format("draft.offerCase", DisplayFormat.dateTime(draft.savedAt()));
        return isOlder(draft, base)
                ? text + "\n\n"
                        + Messages.format(
                                "draft.offerOlder", draft.baseVersion().toString(), Long.toString(base.version()))
                : text;
    }

    /**
     * The draft now fills the form. For an existing case: {@code base} is the case as saved now and {@code differs}
     * whether the draft changed anything in it (if not, there is nothing left to keep).
     */
    void restored(Draft draft, CaseFile base, boolean differs) {
        kept = true;
        if (openCase.isNew()) {
            newCaseKey = draft.key();
        } else if (!differs) {
            forget();
        } else if (isOlder(draft, base)) {
            older = draft;
        }
    }

    /**
     * Marks, in the values a conflict compares against, the items of a restored older draft: what they were typed
     * over is not known any more, so the person chooses each of them.
     */
    void markUnknownBase(Map<String, String> baseValues) {
        if (older == null) {
            return;
        }
        older.fields().keySet().forEach(k -> baseValues.put(k, ConflictViewModel.UNKNOWN));
        if (older.subject() != null) {
            baseValues.put(ConflictViewModel.SUBJECT_KEY, ConflictViewModel.UNKNOWN);
        }
    }

    /** The input was saved or thrown away: its draft goes too. */
    void forget() {
        if (kept) {
            drafts.discard(key());
            kept = false;
        }
        older = null;
    }
}
