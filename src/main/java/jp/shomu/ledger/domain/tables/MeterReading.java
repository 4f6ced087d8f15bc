package jp.shomu.ledger.domain.tables;

import java.time.YearMonth;

/** A machine's counters read at the end of a month; {@code replaced}: a new meter, counting from 0. */
public record MeterReading(long id, long copierId, YearMonth month, Counts counts, boolean replaced, long version) {}
