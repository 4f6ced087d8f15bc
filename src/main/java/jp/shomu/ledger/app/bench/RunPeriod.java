package jp.shomu.ledger.app.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How long a child process keeps working: at least its --seconds, and on for as long as the harness holds the run
 * open (a long operation still running), so that every operation's whole window is measured under load. The hold
 * is a file in the run's folder; a child looks for it only once its own seconds are over.
 */
final class RunPeriod {
    private static final String HOLD_FILE = "hold";
    private final Path hold;
    private final long end;

    /** Starts now. */
    RunPeriod(Path dir, double seconds) {
        this.hold = dir.resolve(HOLD_FILE);
        this.end = System.nanoTime() + (long) (seconds * 1e9);
    }

    boolean over() {
        return System.nanoTime() >= end && !Files.exists(hold);
    }

    /** How long a pause may last before the period is over; while held, as long as the pause wants. */
    long millisLeft() {
        long left = (end - System.nanoTime()) / 1_000_000;
        return left > 0 ? left : Files.exists(hold) ? Long.MAX_VALUE : 0;
    }

    /** Called by the harness before it says go: the children keep working until {@link #release}. */
    static void hold(Path dir) {
        try {
            Files.writeString(dir.resolve(HOLD_FILE), "hold");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void release(Path dir) {
        try {
            Files.deleteIfExists(dir.resolve(HOLD_FILE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
