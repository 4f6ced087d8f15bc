package jp.shomu.ledger.store;

import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Another PC holding its turn in a ledger's save queue: a process of its own (POSIX locks belong to a process), which
 * locks the queue file, says "held" and lets go after the given milliseconds.
 */
public final class QueueFileHolder {
    private QueueFileHolder() {}

    public static void main(String[] args) throws Exception {
        try (FileChannel channel = FileChannel.open(
                        Path.of(args[0]),
                        StandardOpenOption.CREATE,
                        StandardOpenOption.READ,
                        StandardOpenOption.WRITE);
                FileLock lock = channel.lock(0, 1, false)) {
            System.out.println("held");
            System.out.flush();
            Thread.sleep(Long.parseLong(args[1]));
        }
    }

    /** Starts the holder for {@code ledger}'s queue file and returns once it holds the lock. */
    static Process hold(Path ledger, long millis) throws Exception {
        return ChildProcess.start(
                QueueFileHolder.class, "held", SaveQueue.fileFor(ledger).toString(), String.valueOf(millis));
    }
}
