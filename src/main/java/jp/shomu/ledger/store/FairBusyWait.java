package jp.shomu.ledger.store;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.LongAdder;
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
    private static final long CONGESTED_NANOS = 250_000_000L;

    private final long limitNanos;
    private volatile long since = System.nanoTime();
    private volatile boolean committing;
    /** How long this connection's last save waited for the lock: long means others are queueing. */
    private volatile long lastWaitNanos;

    private final LongAdder retries = new LongAdder();

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
        if (holdsWriteLock) {
            lastWaitNanos = waitedNanos();
        }
        committing = holdsWriteLock;
    }

    /** How many times a lock was asked for again after being refused: each is a request to the file server. */
    long retries() {
        return retries.sum();
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
        retries.increment();
        long cap = committing
                ? commitPauseMicros(previousCalls)
                : longestPauseMicros(waited, lastWaitNanos > CONGESTED_NANOS);
        LockSupport.parkNanos(ThreadLocalRandom.current().nextLong(cap / 2, cap + 1) * 1_000);
        return 1;
    }

    /**
     * The pause of a COMMIT waiting for other PCs' reads to end: at once for the first few milliseconds (a read
     * statement is short, and every other save is queued behind this one), then less often, so that a long read
     * (a backup copying the file) is not met with a flood of lock requests.
     */
    static long commitPauseMicros(int previousCalls) {
        return previousCalls < 20 ? 500 : previousCalls < 100 ? 2_000 : 5_000;
    }

    /**
     * The longest pause before the next try, given how long this save has waited so far. While saves go through
     * quickly, a brief collision (the first 50 ms) retries at once, as SQLite's own first retries do. A save that
     * keeps waiting, or any save once the last one had to queue ({@code congested}), is in a queue: newcomers step
     * back (16 ms), everyone past half a second tries every 4 ms, and only the rare save still waiting after five
     * seconds tries faster (2 ms, then 1 ms after ten) so that it is the one to get the lock before its limit. Not
     * everyone fast: 35 PCs polling every millisecond would flood the file server with lock requests, and on a
     * shared CPU the polling steals the time the lock holder needs.
     */
    static long longestPauseMicros(long waitedNanos, boolean congested) {
        long millis = waitedNanos / 1_000_000;
        if (millis < 50 && !congested) {
            return 2_000;
        }
        if (millis < 5_000) {
            return millis < 250 ? 16_000 : millis < 500 ? 8_000 : 4_000;
        }
        return millis < 10_000 ? 2_000 : 1_000;
    }
}
