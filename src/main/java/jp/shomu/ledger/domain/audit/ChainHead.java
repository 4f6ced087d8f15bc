package jp.shomu.ledger.domain.audit;

import java.time.LocalDate;

/**
 * The last link of the audit chain written before the end of {@code date} (Japan time): seq 0 and the genesis hash
 * when nothing was written yet. {@link #anchor()} is what the monthly report prints.
 */
public record ChainHead(long seq, String hash, LocalDate date) {
    public ChainAnchor anchor() {
        return new ChainAnchor(hash, date);
    }
}
