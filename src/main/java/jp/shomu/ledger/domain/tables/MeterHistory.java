package jp.shomu.ledger.domain.tables;

import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import jp.shomu.ledger.domain.cases.InvalidInputException;

/**
 * One machine's readings and terms in month order, and the rules on them: a month's usage is its reading minus the
 * last reading before it (or the counters the machine was installed with); a reading lower than the last is refused
 * unless the meter was replaced, and then the new meter counts from the counters it started at (mono and colour
 * alike). A month is charged at the department and prices in force in it ({@link MachineTerms}), so a change from a
 * later month leaves the months already read as they were.
 */
public final class MeterHistory {
    private final Copier copier;
    private final List<MeterReading> readings;
    private final List<MachineTerms> terms;

    public MeterHistory(Copier copier, List<MeterReading> readings) {
        this(copier, readings, List.of());
    }

    public MeterHistory(Copier copier, List<MeterReading> readings, List<MachineTerms> terms) {
        this.copier = copier;
        this.readings = readings.stream()
                .filter(r -> r.copierId() == copier.id())
                .sorted(Comparator.comparing(MeterReading::month))
                .toList();
        this.terms = terms.stream()
                .filter(t -> t.copierId() == copier.id())
                .sorted(Comparator.comparing(MachineTerms::from))
                .toList();
    }

    /** The machine as registered (its number, version and installation counters, the terms it was installed on). */
    public Copier copier() {
        return copier;
    }

    /** The machine as charged in {@code month}: the department and prices of the latest terms from then or before. */
    public Copier copierIn(YearMonth month) {
        return terms.stream()
                .filter(t -> !t.from().isAfter(month))
                .reduce((a, b) -> b)
                .map(this::on)
                .orElse(copier);
    }

    /** The machine on its latest terms (what applies from now on). */
    public Copier latest() {
        return terms.isEmpty() ? copier : on(terms.get(terms.size() - 1));
    }

    private Copier on(MachineTerms t) {
        return new Copier(
                copier.id(),
                copier.code(),
                t.department(),
                t.monoPriceSen(),
                t.colourPriceSen(),
                copier.start(),
                copier.version());
    }

    /** The first month without the machine (撤去), if it was removed. */
    public Optional<YearMonth> retiredFrom() {
        return terms.stream()
                .filter(MachineTerms::retired)
                .map(MachineTerms::from)
                .findFirst();
    }

    /** Whether the machine is still in the table in {@code month}. */
    public boolean inUse(YearMonth month) {
        return retiredFrom().map(month::isBefore).orElse(true);
    }

    /** The month of the last reading, if any. */
    public Optional<YearMonth> lastRead() {
        return readings.isEmpty()
                ? Optional.empty()
                : Optional.of(readings.get(readings.size() - 1).month());
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
        return in(month).map(r -> r.counts().minus(r.replaced() ? r.newStart() : base(r.month(), false)));
    }

    /** The charge for {@code month} in yen at the month's prices, empty when it has no reading. */
    public Optional<Long> charge(YearMonth month) {
        return usage(month).map(copierIn(month)::charge);
    }

    /** What a reading for {@code month} counts from: 0 after a replacement, else the last reading or the start. */
    public Counts base(YearMonth month, boolean replaced) {
        if (replaced) {
            return Counts.ZERO;
        }
        return before(month).map(MeterReading::counts).orElse(copier.start());
    }

    /** {@link #check(YearMonth, Counts, boolean, Counts)} for a new meter that started at 0. */
    public void check(YearMonth month, Counts counts, boolean replaced) {
        check(month, counts, replaced, Counts.ZERO);
    }

    /**
     * Refuses a reading for {@code month} (new or corrected) when the machine was removed by then, when it is lower
     * than the last one (mono or colour) without a replacement, lower than the new meter's start counters after one,
     * or when it would make the next month's reading lower than it.
     */
    public void check(YearMonth month, Counts counts, boolean replaced, Counts newStart) {
        retiredFrom().filter(r -> !month.isBefore(r)).ifPresent(r -> {
            throw new InvalidInputException(
                    "機器 " + copier.code() + " は " + r + " から撤去されているため、" + month + " の検針値は記録できません。");
        });
        if (replaced && counts.anyBelow(newStart)) {
            throw new InvalidInputException("機器 " + copier.code() + " の " + month + " の検針値(" + counts
                    + ")が新しいメーターの交換時のカウンター(" + newStart + ")より小さいため登録できません。");
        }
        if (!replaced && counts.anyBelow(base(month, false))) {
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

    /**
     * Refuses new terms or the removal from {@code from} when a month from then on is already read (its charge would
     * change after the fact) or the machine was removed.
     */
    public void checkChangeFrom(YearMonth from) {
        checkNotRetired();
        lastRead().filter(last -> !last.isBefore(from)).ifPresent(last -> {
            throw new InvalidInputException("機器 " + copier.code() + " は " + last + " まで検針値があるため、" + from
                    + " からは変更できません(記録済みの月の使用料は後から変えません)。" + last.plusMonths(1) + " 以降の月を指定してください。");
        });
    }

    /** Refuses any change to a removed machine. */
    public void checkNotRetired() {
        retiredFrom().ifPresent(r -> {
            throw new InvalidInputException("機器 " + copier.code() + " は " + r + " から撤去されているため変更できません。");
        });
    }
}
