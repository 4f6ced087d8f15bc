package jp.shomu.ledger.domain.cases;

import jp.shomu.ledger.domain.errors.ConflictException;

/**
 * A case was saved by someone else after this person loaded it. Carries the case as now saved, so the person can be
 * shown their value and the saved one, field by field. {@link #requireVersion} is the one place the version is checked.
 */
public final class CaseConflictException extends ConflictException {
    private static final long serialVersionUID = 1L;
    private final transient CaseFile current;

    private CaseConflictException(CaseFile current, long expectedVersion) {
        super(
                "案件 " + current.id() + " は他の人が先に更新しました(あなたの版 " + expectedVersion + "、現在の版 " + current.version() + ")。",
                current.version());
        this.current = current;
    }

    /** Throws when {@code current}, as now saved, is no longer the version the person started from. */
    public static void requireVersion(CaseFile current, long expectedVersion) {
        if (current.version() != expectedVersion) {
            throw new CaseConflictException(current, expectedVersion);
        }
    }

    /** The case as now saved. */
    public CaseFile current() {
        return current;
    }
}
