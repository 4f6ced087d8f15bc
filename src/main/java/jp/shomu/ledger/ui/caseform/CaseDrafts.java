package jp.shomu.ledger.ui.caseform;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import jp.shomu.ledger.domain.errors.LedgerException;
import jp.shomu.ledger.domain.errors.LedgerProblem;
import jp.shomu.ledger.service.workplace.DraftStore;
import jp.shomu.ledger.service.workplace.DraftStore.Draft;
import jp.shomu.ledger.ui.common.Messages;
import jp.shomu.ledger.ui.common.Session;

/**
 * The open ledger's drafts on this PC: what a person typed in a case form when the ledger could not be written, kept
 * to be offered back when the case (or, for a new case, the window) opens again. A draft typed for another ledger
 * file is never offered here.
 */
public final class CaseDrafts {
    /** What the person answers when a draft is offered. */
    public enum Choice {
        RESTORE,
        DISCARD,
        LATER
    }

    /** The file could not be written: the input was fine and is worth keeping. A conflict or a refusal is not here. */
    private static final Set<LedgerProblem> UNWRITABLE =
            EnumSet.of(LedgerProblem.UNREACHABLE, LedgerProblem.BUSY, LedgerProblem.READ_ONLY, LedgerProblem.DAMAGED);

    private final DraftStore store;
    private final String ledgerFile;
    private final Clock clock;

    public CaseDrafts(Session session) {
        this.store = session.drafts();
        this.ledgerFile = session.ledgerLocation();
        this.clock = session.clock();
    }

    /** The ledger's refusal when a save failed because the file could not be written; empty for any other failure. */
    static Optional<LedgerException> unwritable(Throwable error) {
        for (Throwable e = error; e != null; e = e.getCause()) {
            if (e instanceof LedgerException refusal) {
                return UNWRITABLE.contains(refusal.problem()) ? Optional.of(refusal) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    static String caseKey(long caseId) {
        return "case-" + caseId;
    }

    /** A key of its own for each new-case form, so two unregistered cases never share a draft. */
    static String newCaseKey() {
        return "new-" + UUID.randomUUID();
    }

    Optional<Draft> find(String key) {
        return store.find(ledgerFile, key).filter(d -> ledgerFile.equals(d.ledgerFile()));
    }

    /** Drafts of new cases that were never registered, newest first. */
    public List<Draft> newCases() {
        return store.forLedger(ledgerFile).stream()
                .filter(d -> d.caseId() == null)
                .toList();
    }

    void keep(String key, Long caseId, Long baseVersion, String typeCode, String subject, Map<String, String> fields) {
        store.save(new Draft(key, ledgerFile, caseId, baseVersion, typeCode, subject, fields, clock.millis()));
    }

    void discard(String key) {
        store.discard(ledgerFile, key);
    }

    /**
     * Asks whether to restore a draft; true to restore it. 破棄 throws it away only after a second yes; あとで, or
     * closing the dialog, keeps it to be offered next time.
     */
    public boolean offer(Draft draft, String message, CaseFormDialogs dialogs) {
        return switch (dialogs.offerDraft(message)) {
            case RESTORE -> true;
            case DISCARD -> {
                if (dialogs.confirm(Messages.get("draft.offerTitle"), Messages.get("draft.discardConfirm"))) {
                    discard(draft.key());
                }
                yield false;
            }
            case LATER -> false;
        };
    }
}
