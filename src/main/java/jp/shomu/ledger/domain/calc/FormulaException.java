package jp.shomu.ledger.domain.calc;

/** A catalog formula that cannot be read; the message says where and why, in Japanese. */
public final class FormulaException extends IllegalArgumentException {
    public FormulaException(String message) {
        super(message);
    }
}
