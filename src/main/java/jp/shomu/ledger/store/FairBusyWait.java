package jp.shomu.ledger.store;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.LockSupport;

import org.sqlite.BusyHandler;

/**
 * Waits for the file lock more fairly than SQLite's own busy handler. SQLite sleeps longer the longer a caller
 * has waited (up to 100 ms between tries), so at saturation a newcomer keeps winning the lock and an old
 * waiter starves. Here it is the other way round: the longer a save has waited, the more often it tries
 * (16 ms → 8 → 4 → 2 → 1 ms, with jitter), so the oldest waiter is usually the one trying when the lock frees.
 * The clock starts when a save starts, across its retries, not per attempt.
 */
final class FairBusyWait extends BusyHandler {
    private static final long STEP_NANOS = 250_000_000L;
    private static final long LONGEST_SLEEP_MICROS = 32_000;
    private static final long SHORTEST_SLEEP_MICROS = 4_000;

    private final long limitNanos;
    private volatile long since = System.nanoTime();

    FairBusyWait(long limitMillis) {
        this.limitNanos = limitMillis * 1_000_000;
    }

    /** Called when a save or read starts; its waits count from here. */
    void startClock() {
        since = System.nanoTime();
    }

    long waitedNanos() {
        return System.nanoTime() - since;
    }

    @Override
    protected int callback(int previousCalls) {
        long waited = waitedNanos();
        if (waited > limitNanos) {
            return 0;
        }
        long cap = Math.max(SHORTEST_SLEEP_MICROS, LONGEST_SLEEP_MICROS >> Math.min(10, waited / STEP_NANOS));
        LockSupport.parkNanos(ThreadLocalRandom.current().nextLong(cap / 2, cap + 1) * 1_000);
        return 1;
    }
}
