package jp.shomu.ledger.domain.cases;

/** Input a person typed or imported that cannot be accepted; the message says why, in Japanese. */
public class InvalidInputException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public InvalidInputException(String message) {
        super(message);
    }
}
