package jp.shomu.ledger.store.archive;

import java.sql.Connection;
import java.sql.SQLException;
import jp.shomu.ledger.store.AuditCheckpoint;
import jp.shomu.ledger.store.Ledger;
import jp.shomu.ledger.store.Sql;
import jp.shomu.ledger.store.Tx;

/**
 * Removes from the ledger the audit rows a recorded checkpoint moved into its audit archive file, oldest first, a
 * bounded number per transaction. Only rows up to the checkpoint in meta are ever removed, so the rows left after an
 * interruption are a run that still leads to the checkpoint's hash (and verify walks them as such).
 */
public final class AuditCut {
    private AuditCut() {}

    /** Whether the ledger still holds rows up to the recorded checkpoint (an interrupted or unfinished cut). */
    public static boolean rowsLeft(Ledger ledger) {
        return ledger.read(c -> {
            long lowest = lowestSeq(c);
            return lowest > 0 && lowest <= AuditCheckpoint.chainStart(c).seq();
        });
    }

    /** Removes up to {@code count} of the oldest rows, none after the recorded checkpoint; returns how many. */
    public static int cut(Tx tx, int count) throws SQLException {
        Connection c = tx.connection();
        long checkpoint = AuditCheckpoint.chainStart(c).seq();
        long lowest = lowestSeq(c);
        if (lowest == 0 || lowest > checkpoint) {
            return 0;
        }
        return Sql.update(c, "DELETE FROM audit_log WHERE seq <= ?", Math.min(checkpoint, lowest + count - 1));
    }

    private static long lowestSeq(Connection c) throws SQLException {
        return Sql.queryOne(c, "SELECT COALESCE(MIN(seq), 0) FROM audit_log", rs -> rs.getLong(1))
                .orElse(0L);
    }
}
