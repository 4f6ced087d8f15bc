package jp.shomu.ledger.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The queue saves on one ledger file wait in, in front of SQLite's write lock. SQLite cannot wait for its lock: a
 * save that finds the file taken retries, and over a share every try is a lock request plus a look at the journal
 * and the file's header, from every waiting PC, while the one holding the lock needs the same server. Here a save
 * first asks for an exclusive lock on a small file beside the ledger ({@code NAME-queue}) and waits for it as one
 * blocking request, which the file server (or the local kernel) grants in turn when the holder lets go. Only then
 * does it take SQLite's lock, which is then almost always free. SQLite's lock still does the real protecting: a
 * program that skips the queue (an older version of this app, a database tool) is simply waited for as before.
 *
 * <p>One queue per file and process: POSIX locks belong to the process, so the saves of one process take turns on
 * a fair in-process lock before one of them asks the OS. The blocking request runs on the queue's own thread, so a
 * save can give up after its time limit on every OS (a blocking lock cannot be interrupted on Windows); a lock
 * granted to a save that has gone is released at once.
 */
final class SaveQueue {
    /** Set to {@code off} to compare with SQLite's lock alone (benchmarks), or where a share mishandles locks. */
    static final String SWITCH = "shomu.saveQueue";

    private static final Map<Path, SaveQueue> OPEN = new HashMap<>();

    private final Path file;
    private final Path ledger;
    private final ReentrantLock turn = new ReentrantLock(true);
    private final ExecutorService keeper;
    private final LongAdder waits = new LongAdder();
    private volatile FileChannel channel;
    /** The ledger file itself, opened for copying its bytes; see {@link #ledgerBytes()}. */
    private FileChannel ledgerBytes;

    private int users;
    /** Set when the file cannot be created or locked here: saves then go straight to SQLite's lock. */
    private volatile boolean unusable;

    private SaveQueue(Path ledger) {
        this.ledger = ledger;
        this.file = fileFor(ledger);
        this.keeper = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "保存の順番待ち " + file.getFileName());
            t.setDaemon(true);
            return t;
        });
    }

    /** The queue file of a ledger file, beside it. */
    static Path fileFor(Path ledger) {
        return ledger.resolveSibling(ledger.getFileName() + "-queue");
    }

    /** The process's queue for {@code ledger}, shared by its connections; {@link #leave()} when the ledger closes. */
    static synchronized SaveQueue join(Path ledger) {
        SaveQueue queue = OPEN.computeIfAbsent(ledger.toAbsolutePath().normalize(), SaveQueue::new);
        queue.users++;
        return queue;
    }

    /** Called once by each connection that joined, after it closed; the last one out closes the files. */
    void leave() {
        synchronized (SaveQueue.class) {
            if (--users > 0) {
                return;
            }
            OPEN.remove(ledger);
            closeQuietly(ledgerBytes);
        }
        // on the keeper's thread, after any lock request still blocked there
        keeper.execute(this::closeChannel);
        keeper.shutdown();
    }

    /** How many saves of this process waited in the OS's queue (one lock request each), for the benchmark. */
    long waits() {
        return waits.sum();
    }

    /**
     * Waits for this save's turn until {@code deadlineNanos} (a {@link System#nanoTime()} value). Returns the turn
     * to {@link Turn#close()} once the save has committed or rolled back; an empty turn when the queue cannot be
     * used here, so the save waits on SQLite's lock alone; null when the time ran out.
     */
    Turn enter(long deadlineNanos) {
        if (unusable || "off".equals(System.getProperty(SWITCH)) || turn.isHeldByCurrentThread()) {
            return Turn.NONE; // a save inside another on the same file meets SQLite's lock, as it always did
        }
        try {
            if (!turn.tryLock(Math.max(0, deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                return null;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
        FileLock granted = null;
        try {
            granted = lockFile(deadlineNanos);
        } finally {
            if (granted == null) {
                turn.unlock();
            }
        }
        if (granted == null) {
            return unusable ? Turn.NONE : null;
        }
        return new Turn(this, granted);
    }

    private FileLock lockFile(long deadlineNanos) {
        CompletableFuture<FileLock> request = new CompletableFuture<>();
        waits.increment();
        keeper.execute(() -> {
            try {
                FileLock lock = channel().lock(0, 1, false);
                if (!request.complete(lock)) {
                    lock.release(); // the save gave up meanwhile
                }
            } catch (IOException | RuntimeException e) {
                request.completeExceptionally(e);
            }
        });
        try {
            return request.get(Math.max(0, deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            return request.cancel(false) ? null : request.getNow(null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return request.cancel(false) ? null : request.getNow(null);
        } catch (CancellationException | ExecutionException e) {
            unusable = true; // no lock on this share (or no right to create the file): SQLite's lock alone
            return null;
        }
    }

    private FileChannel channel() throws IOException {
        if (channel == null || !channel.isOpen()) {
            channel = FileChannel.open(
                    file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        }
        return channel;
    }

    /**
     * The ledger file opened for reading its bytes (a backup's copy), kept open until the process's last connection
     * to it has closed: closing any handle on a file drops every POSIX lock the process holds on it, SQLite's
     * included, so a handle closed while another connection of this process is in a transaction would leave that
     * transaction unprotected (Linux, macOS; on Windows locks belong to the handle).
     */
    FileChannel ledgerBytes() throws IOException {
        synchronized (SaveQueue.class) {
            if (ledgerBytes == null) {
                ledgerBytes = FileChannel.open(ledger, StandardOpenOption.READ);
            }
            return ledgerBytes;
        }
    }

    private void closeChannel() {
        closeQuietly(channel);
    }

    private static void closeQuietly(FileChannel c) {
        try {
            if (c != null) {
                c.close();
            }
        } catch (IOException ignored) {
            // closing drops the lock anyway; nothing is waiting for this file in this process any more
        }
    }

    private void release(FileLock lock) {
        try {
            lock.release();
        } catch (IOException e) {
            closeChannel(); // a lock that cannot be released is dropped with its file handle
        } finally {
            turn.unlock();
        }
    }

    /** One save's turn: held from before BEGIN IMMEDIATE until after COMMIT or ROLLBACK. */
    static final class Turn implements AutoCloseable {
        static final Turn NONE = new Turn(null, null);

        private final SaveQueue queue;
        private final FileLock lock;

        private Turn(SaveQueue queue, FileLock lock) {
            this.queue = queue;
            this.lock = lock;
        }

        @Override
        public void close() {
            if (queue != null) {
                queue.release(lock);
            }
        }
    }
}
