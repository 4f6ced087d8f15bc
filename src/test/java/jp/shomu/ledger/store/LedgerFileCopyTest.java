package jp.shomu.ledger.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import jp.shomu.ledger.testing.FileOnly;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@FileOnly("a backup copies the ledger file's bytes")
class LedgerFileCopyTest {
    @TempDir
    Path dir;

    @Test
    void theCopyOfALedgerNobodyIsSavingToIsItsFileByteForByte() throws Exception {
        Path file = dir.resolve("ledger.db");
        try (Ledger ledger = Ledger.create(file, Clock.systemUTC())) {
            for (int i = 0; i < 20; i++) {
                Counter.bump(ledger);
            }
            Path copy = dir.resolve("copy.db");
            long held = ledger.copyFileTo(copy);
            assertTrue(held >= 0);
            assertEquals(-1, Files.mismatch(file, copy));
        }
    }

    @Test
    void theLockPageIsCopiedAsZerosAndEverythingElseAsItIs() throws Exception {
        int page = 512;
        byte[] source = new byte[10 * page];
        for (int i = 0; i < source.length; i++) {
            source[i] = (byte) (i / page + 1);
        }
        Path from = Files.write(dir.resolve("from.bin"), source);
        Path to = dir.resolve("to.bin");
        try (FileChannel in = FileChannel.open(from);
                FileChannel out = FileChannel.open(to, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            LedgerFileCopy.copy(in, out, source.length, page, 3L * page);
        }
        byte[] copied = Files.readAllBytes(to);
        byte[] expected = source.clone();
        Arrays.fill(expected, 3 * page, 4 * page, (byte) 0);
        assertArrayEquals(expected, copied);

        LedgerFileCopy.InMemory memory = LedgerFileCopy.reserve(source.length).orElseThrow();
        Path viaMemory = dir.resolve("memory.bin");
        try (FileChannel in = FileChannel.open(from);
                FileChannel out =
                        FileChannel.open(viaMemory, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            assertTrue(memory.fits(source.length));
            memory.read(in, source.length, page, 3L * page);
            memory.writeTo(out);
        }
        assertArrayEquals(expected, Files.readAllBytes(viaMemory), "the same bytes when read into memory first");

        Path small = dir.resolve("small.bin");
        try (FileChannel in = FileChannel.open(from);
                FileChannel out = FileChannel.open(small, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            LedgerFileCopy.copy(in, out, 2L * page, page, 3L * page);
        }
        assertArrayEquals(Arrays.copyOf(source, 2 * page), Files.readAllBytes(small), "a file below 1 GiB as it is");
    }

    @Test
    void aFileReadIntoMemoryAcrossChunksAndTheLockPageComesOutWhole() throws Exception {
        int page = 4096;
        long lockPage = (64L << 20) - 2 * page; // the lock page just before the first chunk's end
        int size = (64 << 20) + 3 * page; // so the file runs on into a second chunk
        byte[] source = new byte[size];
        new java.util.Random(7).nextBytes(source);
        Path from = Files.write(dir.resolve("big.bin"), source);
        Path to = dir.resolve("big-copy.bin");
        LedgerFileCopy.InMemory memory = LedgerFileCopy.reserve(size).orElseThrow();
        try (FileChannel in = FileChannel.open(from);
                FileChannel out = FileChannel.open(to, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            memory.read(in, size, page, lockPage);
            memory.writeTo(out);
        }
        byte[] expected = source.clone();
        Arrays.fill(expected, (int) lockPage, (int) lockPage + page, (byte) 0);
        assertArrayEquals(expected, Files.readAllBytes(to));
    }

    @Test
    void copiesTakenWhileAnotherProcessAndAnotherConnectionSaveAreWholeLedgers() throws Exception {
        Path file = dir.resolve("ledger.db");
        Ledger.create(file, Clock.systemUTC()).close();
        Path stop = dir.resolve("stop");
        Process other = SavingProcess.start(file, stop);
        try (Ledger backup = Ledger.open(file, Clock.systemUTC());
                Ledger sameProcess = Ledger.open(file, Clock.systemUTC())) {
            Thread saver = new Thread(() -> {
                for (int i = 0; i < 200; i++) {
                    Counter.bump(sameProcess);
                }
            });
            saver.start();
            long previous = -1;
            for (int i = 0; i < 5; i++) {
                Path copy = dir.resolve("copy-" + i + ".db");
                backup.copyFileTo(copy);
                try (Ledger copied = Ledger.open(copy, Clock.systemUTC())) {
                    assertEquals(
                            "ok",
                            copied.read(c -> Sql.queryOne(c, "PRAGMA integrity_check", rs -> rs.getString(1)))
                                    .orElse(""));
                    long n = Counter.count(copied);
                    assertTrue(n >= previous, "each copy is a later state of the ledger");
                    previous = n;
                }
            }
            saver.join(60_000);
            Files.createFile(stop);
            assertTrue(other.waitFor(60, TimeUnit.SECONDS));
            assertEquals(0, other.exitValue(), "the other process saved without an error");
            long fromOther = Counter.count(backup) - 200;
            assertTrue(fromOther > 0, "the other process saved during the copies");
        }
    }
}
