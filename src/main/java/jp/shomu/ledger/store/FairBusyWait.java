package jp.shomu.ledger.store;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.LockSupport;

import org.sqlite.BusyHandler;

/**
 * Waits for the file lock more fairly than SQLite's own busy handler. SQLite sleeps longer the longer a caller
 * has waited (up to 100 ms between tries), so at saturation a newcomer keeps winning the lock and an old
 * waiter starves. Here it is the other way round: past a brief first collision, the longer a save has waited,
 * the more often it tries (see {@link #longestPauseMicros}), so the oldest waiters are usually the ones trying
 * when the lock frees. The clock starts when a save starts, across its retries, not per attempt.
 */
final class FairBusyWait extends BusyHandler {
    private static final long COMMIT_PAUSE_MICROS = 500;

    private final long limitNanos;
    private volatile long since = System.nanoTime();
    private volatile boolean committing;

    FairBusyWait(long limitMillis) {
        this.limitNanos = limitMillis * 1_000_000;
    }

    /** Called when a save or read starts; its waits count from here. */
    void startClock() {
        since = System.nanoTime();
    }

    /**
     * Called once this connection holds the write lock, and again when its transaction ends. While it holds it,
     * a wait can only be COMMIT waiting for readers' short statements to finish: other PCs queue behind this
     * save, so it tries again almost at once instead of sleeping its turn away.
     */
    void committing(boolean holdsWriteLock) {
        committing = holdsWriteLock;
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
        long cap = committing ? COMMIT_PAUSE_MICROS : longestPauseMicros(waited);
        LockSupport.parkNanos(ThreadLocalRandom.current().nextLong(cap / 2, cap + 1) * 1_000);
        return 1;
    }

    /**
     * The longest pause before the next try, given how long this save has waited so far: a brief collision (the
     * first 50 ms) retries at once, as SQLite's own first retries do; a save that keeps waiting is in a queue, where
     * newcomers step back (16 ms) and the oldest try most often (down to 1 ms after four seconds).
     */
    static long longestPauseMicros(long waitedNanos) {
        long millis = waitedNanos / 1_000_000;
        if (millis < 50) {
            return 2_000;
        }
        if (millis < 1_000) {
            return millis < 250 ? 16_000 : millis < 500 ? 8_000 : 4_000;
        }
        if (millis < 2_000) {
            return 3_000;
        }
        return millis < 4_000 ? 2_000 : 1_000;
    }
}
