package jp.shomu.ledger.domain.tables;

import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import jp.shomu.ledger.domain.cases.InvalidInputException;

/**
 * One machine's readings in month order, and the rules on them: a month's usage is its reading minus the last
 * reading before it (or the counters the machine was installed with); a reading lower than the last is refused
 * unless the meter was replaced, and then the new meter counts from 0.
 */
public final class MeterHistory {
    private final Copier copier;
    private final List<MeterReading> readings;

    public MeterHistory(Copier copier, List<MeterReading> readings) {
        this.copier = copier;
        this.readings = readings.stream()
                .filter(r -> r.copierId() == copier.id())
                .sorted(Comparator.comparing(MeterReading::month))
                .toList();
    }

    public Copier copier() {
        return copier;
    }

    public Optional<MeterReading> in(YearMonth month) {
        return readings.stream().filter(r -> r.month().equals(month)).findFirst();
    }

    /** The last reading before {@code month}, if any. */
    public Optional<MeterReading> before(YearMonth month) {
        return readings.stream().filter(r -> r.month().isBefore(month)).reduce((a, b) -> b);
    }

    private Optional<MeterReading> after(YearMonth month) {
        return readings.stream().filter(r -> r.month().isAfter(month)).findFirst();
    }

    /** The pages used in {@code month}, empty when it has no reading. */
    public Optional<Counts> usage(YearMonth month) {
        return in(month).map(r -> r.counts().minus(base(r.month(), r.replaced())));
    }

    /** The charge for {@code month} in yen, empty when it has no reading. */
    public Optional<Long> charge(YearMonth month) {
        return usage(month).map(copier::charge);
    }

    /** What a reading for {@code month} counts from: 0 after a replacement, else the last reading or the start. */
    public Counts base(YearMonth month, boolean replaced) {
        if (replaced) {
            return Counts.ZERO;
        }
        return before(month).map(MeterReading::counts).orElse(copier.start());
    }

    /**
     * Refuses a reading for {@code month} (new or corrected) that is lower than the last one without a replacement,
     * or that would make the next month's reading lower than it.
     */
    public void check(YearMonth month, Counts counts, boolean replaced) {
        Counts base = base(month, replaced);
        if (counts.anyBelow(base)) {
            String last = before(month)
                    .map(r -> "前回の検針値(" + r.month() + ": " + r.counts() + ")")
                    .orElse("設置時のカウンター(" + copier.start() + ")");
            throw new InvalidInputException("機器 " + copier.code() + " の " + month + " の検針値(" + counts + ")が" + last
                    + "より小さいため登録できません。メーターを交換したときは「メーター交換」として記録してください(コマンドでは --replaced)。");
        }
        after(month)
                .filter(next -> !next.replaced() && next.counts().anyBelow(counts))
                .ifPresent(next -> {
                    throw new InvalidInputException("機器 " + copier.code() + " の " + month + " の検針値(" + counts
                            + ")は、翌月以降の検針値(" + next.month() + ": " + next.counts() + ")より大きいため登録できません。");
                });
    }
}
