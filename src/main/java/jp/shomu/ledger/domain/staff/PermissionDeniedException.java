package jp.shomu.ledger.domain.staff;

/** The person's role does not allow what was asked; the message says what and why. */
public class PermissionDeniedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public PermissionDeniedException(String message) {
        super(message);
    }
}
