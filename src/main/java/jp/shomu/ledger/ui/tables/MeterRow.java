package jp.shomu.ledger.ui.tables;

import jp.shomu.ledger.domain.tables.MeterLine;

/**
 * One line of the 6-2 grid as shown: a machine's month, or the totals line ({@link #total}). Counters the month has
 * not got yet are empty text.
 */
public record MeterRow(
        MeterLine line,
        String machine,
        String department,
        String lastMono,
        String lastColour,
        String mono,
        String colour,
        boolean replaced,
        String usedMono,
        String usedColour,
        String charge,
        boolean total) {

    static MeterRow of(MeterLine l) {
        var reading = l.reading();
        return new MeterRow(
                l,
                l.copier().code(),
                l.copier().department(),
                number(l.last().mono()),
                number(l.last().colour()),
                reading.map(r -> number(r.counts().mono())).orElse(""),
                reading.map(r -> number(r.counts().colour())).orElse(""),
                reading.map(r -> r.replaced()).orElse(false),
                l.usage().map(u -> number(u.mono())).orElse(""),
                l.usage().map(u -> number(u.colour())).orElse(""),
                l.usage().map(u -> number(l.charge())).orElse(""),
                false);
    }

    static MeterRow total(String label, long mono, long colour, long charge) {
        return new MeterRow(null, label, "", "", "", "", "", false, number(mono), number(colour), number(charge), true);
    }

    static String number(long n) {
        return String.format("%,d", n);
    }
}
