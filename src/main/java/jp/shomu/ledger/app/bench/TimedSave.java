package jp.shomu.ledger.app.bench;

import java.util.List;
import java.util.function.Predicate;

/** One writer's save: when it ended (wall clock, comparable between processes) and how long it took. */
record TimedSave(long endMillis, double millis) {
    long startMillis() {
        return endMillis - Math.round(millis);
    }

    /** The latencies of the saves that {@code which} selects. */
    static Latencies latencies(List<TimedSave> saves, Predicate<TimedSave> which) {
        Latencies l = new Latencies();
        saves.stream().filter(which).forEach(s -> l.add(s.millis()));
        return l;
    }
}
