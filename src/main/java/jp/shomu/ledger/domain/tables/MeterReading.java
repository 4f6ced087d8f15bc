package jp.shomu.ledger.domain.tables;

import java.time.YearMonth;

/**
 * A machine's counters read at the end of a month; {@code replaced}: a new meter, whose usage counts from the counters
 * it started at ({@code newStart}, mono and colour; zero when not replaced or not given).
 */
public record MeterReading(
        long id, long copierId, YearMonth month, Counts counts, boolean replaced, Counts newStart, long version) {

    public MeterReading(long id, long copierId, YearMonth month, Counts counts, boolean replaced, long version) {
        this(id, copierId, month, counts, replaced, Counts.ZERO, version);
    }
}
