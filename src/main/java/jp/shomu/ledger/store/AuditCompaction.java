package jp.shomu.ledger.store;

import java.sql.SQLException;
import java.util.List;

/**
 * Rewrites, in place, the images of audit rows written before images were kept compact ({@link AuditImages}): a
 * batch of the oldest rows still holding a case's JSON as TEXT gets the compact BLOB of the very same text. Nothing
 * the hash covers changes (seq, at, actor, entity, id, action, the images' text, prev_hash and hash stay), so the
 * chain proves after the rewrite exactly what it proved before. Each batch is one short write transaction: a run
 * stopped anywhere (even kill -9) leaves every row either as it was or compact, and the next run goes on.
 */
public final class AuditCompaction {
    private AuditCompaction() {}

    private record Stored(long seq, String entity, Object before, Object after) {}

    /** Rows whose images are still stored as text although their entity's are kept compact. */
    public static long pending(Ledger ledger) {
        return ledger.read(c -> Sql.queryOne(
                        c,
                        "SELECT COUNT(*) FROM audit_log WHERE entity IN " + compactedEntities()
                                + " AND (typeof(before) = 'text' OR typeof(after) = 'text')",
                        rs -> rs.getLong(1),
                        AuditImages.COMPACTED.toArray())
                .orElse(0L));
    }

    /** What a batch did: rows rewritten, and the seq the next batch starts after (0 once no row was left). */
    public record Batch(int compacted, long lastSeq) {}

    /**
     * Compacts up to {@code limit} pending rows after {@code afterSeq}, oldest first, inside the caller's write
     * transaction. The rows are found by walking seq (the primary key), so a whole run reads the trail once. Each
     * compact form is decoded again and compared with the text before it is written.
     */
    public static Batch compactBatch(Tx tx, long afterSeq, int limit) throws SQLException {
        Object[] entities = AuditImages.COMPACTED.toArray(new Object[0]);
        Object[] params = new Object[entities.length + 2];
        params[0] = afterSeq;
        System.arraycopy(entities, 0, params, 1, entities.length);
        params[params.length - 1] = limit;
        // "+entity": walk the primary key, not the entity index (which would sort every case row again each batch)
        List<Stored> rows = Sql.query(
                tx.connection(),
                "SELECT seq, entity, before, after FROM audit_log WHERE seq > ? AND +entity IN " + compactedEntities()
                        + " AND (typeof(before) = 'text' OR typeof(after) = 'text') ORDER BY seq LIMIT ?",
                rs -> new Stored(rs.getLong(1), rs.getString(2), rs.getObject(3), rs.getObject(4)),
                params);
        for (Stored row : rows) {
            Sql.update(
                    tx.connection(),
                    "UPDATE audit_log SET before = ?, after = ? WHERE seq = ?",
                    compacted(row.entity, row.before),
                    compacted(row.entity, row.after),
                    row.seq);
        }
        return new Batch(rows.size(), rows.isEmpty() ? 0 : rows.get(rows.size() - 1).seq);
    }

    private static Object compacted(String entity, Object stored) {
        if (!(stored instanceof String text)) {
            return stored;
        }
        Object compact = AuditImages.stored(entity, text);
        if (!text.equals(AuditImages.text(compact))) {
            throw new IllegalStateException("監査ログの画像を圧縮形式に変換すると元に戻りません(変換を中止しました)");
        }
        return compact;
    }

    private static String compactedEntities() {
        return "(" + Sql.placeholders(AuditImages.COMPACTED.size()) + ")";
    }
}
