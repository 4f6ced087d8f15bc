package jp.shomu.ledger.domain.kpi;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;

/** A set of {@link Figure} counts, for one task type or for the whole centre. Missing figures are zero. */
public final class Tally {
    private final EnumMap<Figure, Long> counts = new EnumMap<>(Figure.class);

    public long get(Figure f) {
        return counts.getOrDefault(f, 0L);
    }

    public Tally add(Figure f, long n) {
        counts.merge(f, n, Long::sum);
        return this;
    }

    public Tally addAll(Tally other) {
        other.counts.forEach(this::add);
        return this;
    }

    public static Tally sum(Collection<Tally> parts) {
        Tally total = new Tally();
        parts.forEach(total::addAll);
        return total;
    }

    public Map<Figure, Long> asMap() {
        return java.util.Collections.unmodifiableMap(counts);
    }

    /** True when every figure is zero: a task type with nothing to report this month. */
    public boolean isEmpty() {
        return counts.values().stream().allMatch(v -> v == 0);
    }

    @Override
    public String toString() {
        return counts.toString();
    }
}
