package jp.shomu.ledger.ui.common;

import jp.shomu.ledger.domain.errors.ConflictException;
import jp.shomu.ledger.domain.errors.LedgerException;
import jp.shomu.ledger.domain.staff.PermissionDeniedException;

/**
 * The one place that turns what went wrong into words for the screen: the services' Japanese messages as they are.
 * Nothing is logged (the app keeps no logs, docs/SECURITY.md): an unexpected error is named on the screen.
 */
public final class ErrorText {
    private ErrorText() {}

    public static String of(Throwable error) {
        Throwable e = error;
        while (e.getCause() != null && !(e instanceof LedgerException) && !isExpected(e)) {
            e = e.getCause();
        }
        if (isExpected(e) || e instanceof LedgerException) {
            return e.getMessage();
        }
        return Messages.format("error.unexpected", e.getClass().getSimpleName(), String.valueOf(e.getMessage()));
    }

    /** Refusals the services give on purpose (bad input, no permission, someone saved first). */
    private static boolean isExpected(Throwable e) {
        return e instanceof IllegalArgumentException
                || e instanceof PermissionDeniedException
                || e instanceof ConflictException;
    }
}
