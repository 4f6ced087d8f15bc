package jp.shomu.ledger.domain.errors;

/**
 * Someone else saved the row first: the change named a version that is no longer current. The command line exits
 * with 3; the app shows what is saved now. A case's conflict carries the case as now saved
 * ({@code domain.cases.CaseConflictException}).
 */
public class ConflictException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final long currentVersion;

    public ConflictException(String message, long currentVersion) {
        super(message);
        this.currentVersion = currentVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
