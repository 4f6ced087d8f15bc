package jp.shomu.ledger.service.archive;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.function.Consumer;
import jp.shomu.ledger.service.BatchTimes;
import jp.shomu.ledger.store.FreePages;
import jp.shomu.ledger.store.Ledger;

/**
 * Gives the pages freed by the archive back to the file system, a bounded number per short write transaction with
 * pauses, so the shared file really becomes smaller while others keep working. A ledger created before this was
 * possible (auto_vacuum NONE) keeps its free pages for new rows; the outcome says so.
 */
final class FreeSpace {
    private FreeSpace() {}

    /** Gives back the ledger's free pages; {@code bytesBefore} is its size before the archive began. */
    static ArchiveService.Shrink release(
            Ledger ledger, String actor, ArchiveService.Options options, Consumer<String> progress, long bytesBefore) {
        long pageSize = FreePages.pageSize(ledger);
        BatchTimes times = new BatchTimes();
        if (!FreePages.releasable(ledger)) {
            return new ArchiveService.Shrink(
                    false, 0, FreePages.count(ledger), pageSize, bytesBefore, size(ledger), times.summary());
        }
        long released = 0;
        while (FreePages.count(ledger) > 0) {
            int now = times.time(() -> ledger.write(actor, tx -> FreePages.release(tx, options.freePages())));
            if (now == 0) {
                break;
            }
            released += now;
            progress.accept(String.format("空きページをファイルシステムへ返却: %,d ページ、台帳ファイル %,d バイト", released, size(ledger)));
            BatchTimes.pause(options.pauseMillis());
        }
        return new ArchiveService.Shrink(
                true, released, FreePages.count(ledger), pageSize, bytesBefore, size(ledger), times.summary());
    }

    /** The ledger's size in bytes: its file, or on a server its database. */
    static long size(Ledger ledger) {
        if (ledger.isOnServer()) {
            return ledger.read(c -> jp.shomu.ledger.store.Sql.queryOne(
                            c, "SELECT pg_database_size(current_database())", rs -> rs.getLong(1))
                    .orElse(0L));
        }
        try {
            return Files.size(ledger.file());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
