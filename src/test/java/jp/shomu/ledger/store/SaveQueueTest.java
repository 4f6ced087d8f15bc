package jp.shomu.ledger.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import jp.shomu.ledger.testing.FileOnly;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@FileOnly("the save queue is a file beside the ledger file; on a server the advisory lock queues saves")
class SaveQueueTest {
    @TempDir
    Path dir;

    private static void bump(Ledger ledger) {
        Counter.bump(ledger);
    }

    private static long count(Ledger ledger) {
        return Counter.count(ledger);
    }

    @Test
    void aSaveWaitsItsTurnBehindAnotherProcessWithoutPollingTheLedger() throws Exception {
        Path file = dir.resolve("ledger.db");
        try (Ledger ledger = Ledger.create(file, Clock.systemUTC())) {
            bump(ledger);
            assertTrue(Files.exists(SaveQueue.fileFor(file)), "the queue file is made beside the ledger");
            assertEquals(0, Files.size(SaveQueue.fileFor(file)), "only its lock is used, never its bytes");

            long retriesBefore = ledger.lockRetries();
            Process other = QueueFileHolder.hold(file, 1_200);
            long started = System.nanoTime();
            bump(ledger);
            long waitedMillis = (System.nanoTime() - started) / 1_000_000;
            assertTrue(other.waitFor(30, TimeUnit.SECONDS));

            assertTrue(waitedMillis >= 800, "the save waited for the other process's turn: " + waitedMillis + " ms");
            assertEquals(2, count(ledger));
            assertEquals(retriesBefore, ledger.lockRetries(), "it waited in the queue, not by asking SQLite again");
            assertEquals(2, ledger.queuedSaves());
        }
    }

    @Test
    void savesOfSeveralConnectionsInOneProcessTakeTurnsAndNoneIsLost() throws Exception {
        Path file = dir.resolve("ledger.db");
        Ledger.create(file, Clock.systemUTC()).close();
        try (Ledger first = Ledger.open(file, Clock.systemUTC());
                Ledger second = Ledger.open(file, Clock.systemUTC())) {
            ExecutorService threads = Executors.newFixedThreadPool(4);
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                Ledger ledger = t % 2 == 0 ? first : second;
                done.add(threads.submit(() -> {
                    for (int i = 0; i < 25; i++) {
                        bump(ledger);
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get(60, TimeUnit.SECONDS);
            }
            threads.shutdown();
            assertEquals(100, count(first), "every read-modify-write ran alone");
        }
    }

    @Test
    void aSaveGivesUpAtItsDeadlineAndTheAbandonedTurnIsLetGo() throws Exception {
        Path file = dir.resolve("ledger.db");
        Ledger.create(file, Clock.systemUTC()).close();
        SaveQueue queue = SaveQueue.join(file);
        try {
            Process other = QueueFileHolder.hold(file, 1_500);
            long started = System.nanoTime();
            assertNull(queue.enter(System.nanoTime() + 300_000_000L), "no turn while another process holds it");
            long gaveUpMillis = (System.nanoTime() - started) / 1_000_000;
            assertTrue(gaveUpMillis < 1_200, "gave up at its deadline, not when the other let go: " + gaveUpMillis);
            assertTrue(other.waitFor(30, TimeUnit.SECONDS));

            SaveQueue.Turn turn = queue.enter(System.nanoTime() + 10_000_000_000L);
            assertNotNull(turn, "the turn granted after the first save gave up was let go, not kept");
            assertNotSame(SaveQueue.Turn.NONE, turn);
            turn.close();
        } finally {
            queue.leave();
        }
    }

    @Test
    void aSecondSaveOfTheSameThreadIsNotQueuedBehindItself() throws Exception {
        Path file = dir.resolve("ledger.db");
        Ledger.create(file, Clock.systemUTC()).close();
        SaveQueue queue = SaveQueue.join(file);
        try (SaveQueue.Turn outer = queue.enter(System.nanoTime() + 1_000_000_000L)) {
            assertNotSame(SaveQueue.Turn.NONE, outer);
            assertSame(SaveQueue.Turn.NONE, queue.enter(System.nanoTime() + 1_000_000_000L));
        } finally {
            queue.leave();
        }
    }

    @Test
    void whereTheQueueFileCannotBeMadeSavesGoStraightToSqlitesLock() {
        Path file = dir.resolve("ledger.db");
        Ledger.create(file, Clock.systemUTC()).close();
        try {
            Files.createDirectory(SaveQueue.fileFor(file)); // something in the way: not a file that can be locked
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        try (Ledger ledger = Ledger.open(file, Clock.systemUTC())) {
            bump(ledger);
            bump(ledger);
            assertEquals(2, count(ledger));
        }
    }

    @Test
    void theSwitchTurnsTheQueueOffForComparison() {
        Path file = dir.resolve("ledger.db");
        String before = System.getProperty(SaveQueue.SWITCH);
        System.setProperty(SaveQueue.SWITCH, "off");
        try (Ledger ledger = Ledger.create(file, Clock.systemUTC())) {
            bump(ledger);
            assertEquals(1, count(ledger));
            assertTrue(Files.notExists(SaveQueue.fileFor(file)));
        } finally {
            if (before == null) {
                System.clearProperty(SaveQueue.SWITCH);
            } else {
                System.setProperty(SaveQueue.SWITCH, before);
            }
        }
    }

    @Test
    void closingALedgerTwiceLeavesTheQueueOnceAndItsOtherConnectionKeepsSaving() {
        Path file = dir.resolve("ledger.db");
        Ledger.create(file, Clock.systemUTC()).close();
        try (Ledger staying = Ledger.open(file, Clock.systemUTC())) {
            Ledger closedTwice = Ledger.open(file, Clock.systemUTC());
            bump(closedTwice);
            closedTwice.close();
            closedTwice.close();
            bump(staying);
            assertEquals(2, count(staying));
            assertEquals(2, staying.queuedSaves(), "both saves went through this process's one queue");
        }
    }
}
