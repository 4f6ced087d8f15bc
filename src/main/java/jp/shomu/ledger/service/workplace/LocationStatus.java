package jp.shomu.ledger.service.workplace;

import jp.shomu.ledger.domain.errors.LedgerProblem;

/** What was found at the place a person chose for the ledger. */
public enum LocationStatus {
    /** A ledger this app can open. */
    REACHABLE_LEDGER,
    /** The folder is there but the file is not: a wrong name, or a ledger a 管理責任者 has yet to create. */
    MISSING_FILE,
    /** The folder (server, share or path) cannot be reached. */
    FOLDER_UNREACHABLE,
    /** A folder, another kind of file, or another application's database. */
    NOT_A_LEDGER,
    /** A ledger file that is cut short or damaged. */
    DAMAGED,
    /** A ledger written by a newer version of the app. */
    NEEDS_NEWER_APP;

    static LocationStatus of(LedgerProblem problem) {
        return switch (problem) {
            case MISSING -> MISSING_FILE;
            case UNREACHABLE, BUSY, READ_ONLY, DISK_FULL -> FOLDER_UNREACHABLE;
            case DAMAGED, VERIFY_FAILED -> DAMAGED;
            case NEWER_SCHEMA -> NEEDS_NEWER_APP;
            case NOT_A_LEDGER, ALREADY_EXISTS, NOT_IN_ROSTER -> NOT_A_LEDGER;
        };
    }
}
