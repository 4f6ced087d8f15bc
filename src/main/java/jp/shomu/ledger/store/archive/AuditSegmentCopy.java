package jp.shomu.ledger.store.archive;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import jp.shomu.ledger.store.ArchiveMark;
import jp.shomu.ledger.store.AuditCheckpoint;
import jp.shomu.ledger.store.AuditLog;
import jp.shomu.ledger.store.Ledger;
import jp.shomu.ledger.store.Sql;
import jp.shomu.ledger.store.Tx;

/**
 * Fills a new audit archive file with the ledger's audit rows after its current checkpoint up to a planned one, row
 * for row with their seq and hashes, so the moved piece of the chain verifies on its own: it starts where the
 * ledger's chain started (the previous checkpoint, or genesis) and ends at the plan's row. The roster, catalog
 * versions and holiday overrides are copied as they are (without audit entries), so that the file opens like a
 * ledger and its trail lists with names and labels.
 */
public final class AuditSegmentCopy {
    private AuditSegmentCopy() {}

    public static void copyReferenceRows(Ledger from, Tx to) throws SQLException {
        ArchiveCopy.copyReferenceRows(from, to.connection());
    }

    /** Copies up to {@code limit} rows after {@code afterSeq} and up to {@code upTo}; returns the last seq copied. */
    public static long copyRows(Ledger from, Tx to, long afterSeq, long upTo, int limit) throws SQLException {
        ArchiveCopy.copyRows(
                from,
                to.connection(),
                "audit_log",
                "SELECT * FROM audit_log WHERE seq > ? AND seq <= ?" + " ORDER BY seq LIMIT ?",
                afterSeq,
                upTo,
                limit);
        return Sql.queryOne(to.connection(), "SELECT COALESCE(MAX(seq), 0) FROM audit_log", rs -> rs.getLong(1))
                .orElse(0L);
    }

    /**
     * The last write the audit archive receives: where its chain starts ({@code start}, the ledger's checkpoint
     * before this one), its head (the plan's row) and the mark that makes it a read-only audit archive.
     */
    public static void finish(Tx to, Optional<AuditCheckpoint> start, CheckpointPlan plan, ArchiveMark mark)
            throws SQLException {
        Connection c = to.connection();
        if (start.isPresent()) {
            AuditCheckpoint.writeMeta(c, start.get());
        }
        Sql.update(
                c,
                "INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                AuditLog.HEAD_KEY,
                plan.seq() + ":" + plan.hash());
        ArchiveMark.markAuditArchive(c, mark);
    }
}
