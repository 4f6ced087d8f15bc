package jp.shomu.ledger.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The bytes of a ledger file copied as they are, except SQLite's lock page: the page at 1 GiB holds the bytes other
 * PCs lock (on Windows a locked byte cannot be read), and SQLite never stores anything in it, so the copy gets zeros
 * there.
 */
final class LedgerFileCopy {
    /** Where SQLite's lock bytes begin (its PENDING_BYTE): the first byte of the page it leaves unused. */
    static final long LOCK_PAGE_OFFSET = 0x40000000L;

    private static final int CHUNK = 64 << 20;

    private LedgerFileCopy() {}

    /** Copies the first {@code size} bytes of {@code in} to {@code out}, zeros in place of the lock page. */
    static void copy(FileChannel in, FileChannel out, long size, int pageSize, long lockPageOffset) throws IOException {
        long lockPageEnd = lockPageOffset + pageSize;
        transfer(in, out, 0, Math.min(size, lockPageOffset));
        if (size > lockPageOffset) {
            ByteBuffer zeros = ByteBuffer.allocate((int) (Math.min(size, lockPageEnd) - lockPageOffset));
            while (zeros.hasRemaining()) {
                out.write(zeros);
            }
            transfer(in, out, lockPageEnd, size);
        }
    }

    private static void transfer(FileChannel in, FileChannel out, long from, long to) throws IOException {
        long at = from;
        while (at < to) {
            long moved = in.transferTo(at, to - at, out);
            if (moved <= 0) {
                throw shortened(at);
            }
            at += moved;
        }
    }

    private static IOException shortened(long at) {
        return new IOException("台帳ファイルが途中で短くなりました(" + at + " バイト目)");
    }

    /**
     * Room in memory for a file of {@code bytes} (and a little growth), taken before the copy: reading the file into
     * memory while saves wait, and writing it out after they may go on again, holds them up only for the reading
     * (measured in PERFORMANCE.md). Empty when it would take more than half the memory this program has left.
     */
    static Optional<InMemory> reserve(long bytes) {
        Runtime rt = Runtime.getRuntime();
        long free = rt.maxMemory() - (rt.totalMemory() - rt.freeMemory());
        long wanted = bytes + CHUNK;
        if (wanted > free / 2) {
            return Optional.empty();
        }
        List<ByteBuffer> chunks = new ArrayList<>();
        for (long left = wanted; left > 0; left -= CHUNK) {
            chunks.add(ByteBuffer.allocate((int) Math.min(CHUNK, left)));
        }
        return Optional.of(new InMemory(chunks));
    }

    /** A ledger file's bytes in memory, in chunks (an array holds at most 2 GiB). */
    static final class InMemory {
        private final List<ByteBuffer> chunks;
        private long size;

        private InMemory(List<ByteBuffer> chunks) {
            this.chunks = chunks;
        }

        /** Whether a file of {@code bytes} fits in the room reserved. */
        boolean fits(long bytes) {
            return bytes
                    <= (long) CHUNK * (chunks.size() - 1)
                            + chunks.get(chunks.size() - 1).capacity();
        }

        /** Reads the first {@code size} bytes of {@code in}, leaving zeros for the lock page. */
        void read(FileChannel in, long size, int pageSize, long lockPageOffset) throws IOException {
            this.size = size;
            long lockPageEnd = lockPageOffset + pageSize;
            for (int i = 0; i < chunks.size(); i++) {
                long start = (long) i * CHUNK;
                ByteBuffer chunk = chunks.get(i);
                chunk.clear().limit((int) Math.max(0, Math.min(chunk.capacity(), size - start)));
                while (chunk.hasRemaining()) {
                    long at = start + chunk.position();
                    if (at >= lockPageOffset && at < lockPageEnd) {
                        chunk.position((int) Math.min(chunk.limit(), lockPageEnd - start)); // zeros, as allocated
                        continue;
                    }
                    int before = chunk.limit();
                    if (at < lockPageOffset && start + before > lockPageOffset) {
                        chunk.limit((int) (lockPageOffset - start)); // stop at the lock page
                    }
                    if (in.read(chunk, at) <= 0) {
                        throw shortened(at);
                    }
                    chunk.limit(before);
                }
            }
        }

        /** Writes what was read to {@code out}. */
        void writeTo(FileChannel out) throws IOException {
            for (int i = 0; i < chunks.size() && (long) i * CHUNK < size; i++) {
                ByteBuffer chunk = chunks.get(i);
                chunk.flip();
                while (chunk.hasRemaining()) {
                    out.write(chunk);
                }
            }
        }
    }
}
