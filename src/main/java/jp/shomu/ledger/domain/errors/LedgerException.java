package jp.shomu.ledger.domain.errors;

/** The ledger file cannot be used as asked; the message is Japanese and says what to do. */
public class LedgerException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final LedgerProblem problem;

    public LedgerException(LedgerProblem problem, String message) {
        super(message);
        this.problem = problem;
    }

    public LedgerException(LedgerProblem problem, String message, Throwable cause) {
        super(message, cause);
        this.problem = problem;
    }

    public LedgerProblem problem() {
        return problem;
    }
}
