package jp.shomu.ledger.domain.tables;

import java.time.YearMonth;
import java.util.Optional;

/**
 * One machine's line of the month's table: the machine on the month's terms (department, prices), its reading (if
 * taken), the last one, the usage and the charge.
 */
public record MeterLine(
        Copier copier,
        YearMonth month,
        Optional<MeterReading> reading,
        Counts last,
        Optional<Counts> usage,
        long charge) {

    public static MeterLine of(MeterHistory history, YearMonth month) {
        Optional<MeterReading> reading = history.in(month);
        Counts last = history.base(month, false);
        return new MeterLine(
                history.copierIn(month),
                month,
                reading,
                last,
                history.usage(month),
                history.charge(month).orElse(0L));
    }

    public Counts pages() {
        return usage.orElse(Counts.ZERO);
    }
}
