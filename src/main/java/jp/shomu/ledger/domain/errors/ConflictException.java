package jp.shomu.ledger.domain.errors;

import java.util.Map;

/**
 * Someone else saved the row first: the update named a version that is no longer current. Carries the row
 * as it is now so the user can be shown their value and ours, field by field.
 */
public class ConflictException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final long currentVersion;
    private final transient Map<String, String> current;

    public ConflictException(String message, long currentVersion, Map<String, String> current) {
        super(message);
        this.currentVersion = currentVersion;
        this.current = Map.copyOf(current);
    }

    public long currentVersion() {
        return currentVersion;
    }

    /** The row's values as now saved, keyed like the snapshot of the row. */
    public Map<String, String> current() {
        return current;
    }
}
