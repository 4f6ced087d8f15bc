package jp.shomu.ledger.domain.errors;

/** Why a ledger file could not be used. Every kind maps to exit code 2 on the command line. */
public enum LedgerProblem {
    MISSING,
    NOT_A_LEDGER,
    DAMAGED,
    NEWER_SCHEMA,
    READ_ONLY,
    UNREACHABLE,
    BUSY,
    ALREADY_EXISTS,
    VERIFY_FAILED,
    NOT_IN_ROSTER,
    /** The disk holding the ledger (or a backup or export) is full: nothing was written. */
    DISK_FULL
}
