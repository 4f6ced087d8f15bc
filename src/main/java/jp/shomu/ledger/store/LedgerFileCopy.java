package jp.shomu.ledger.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/**
 * The bytes of a ledger file copied as they are, except SQLite's lock page: the page at 1 GiB holds the bytes other
 * PCs lock (on Windows a locked byte cannot be read), and SQLite never stores anything in it, so the copy gets zeros
 * there.
 */
final class LedgerFileCopy {
    /** Where SQLite's lock bytes begin (its PENDING_BYTE): the first byte of the page it leaves unused. */
    static final long LOCK_PAGE_OFFSET = 0x40000000L;

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
                throw new IOException("台帳ファイルが途中で短くなりました(" + at + " バイト目)");
            }
            at += moved;
        }
    }
}
