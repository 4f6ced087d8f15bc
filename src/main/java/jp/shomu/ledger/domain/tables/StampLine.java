package jp.shomu.ledger.domain.tables;

import java.util.Optional;

/**
 * One denomination's month in the stamp register: carried over, received, issued, the book balance, the stamps
 * counted at month end and the difference (counted − book), flagged when it is not 0 or nothing was counted.
 */
public record StampLine(
        long denomination, long opening, long received, long issued, long balance, Optional<Long> counted) {

    public long difference() {
        return counted.map(c -> c - balance).orElse(0L);
    }

    public boolean flagged() {
        return counted.isEmpty() || difference() != 0;
    }

    /** The book balance's worth in yen. */
    public long balanceYen() {
        return balance * denomination;
    }
}
