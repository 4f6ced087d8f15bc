package jp.shomu.ledger.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * Rewrites, in place, the images of audit rows written before images were kept compact ({@link AuditImages}). A
 * batch is a range of rows starting at the oldest row that still holds a case's JSON as TEXT: the range is deleted
 * and inserted again with the same values, a case's images as the compact BLOB of the very same text. Nothing the
 * hash covers changes (seq, at, actor, entity, id, action, the images' text, prev_hash and hash stay), so the chain
 * proves after the rewrite exactly what it proved before. Each batch is one short write transaction: a run stopped
 * anywhere (even kill -9) leaves every batch either done or not begun, and the next run goes on.
 */
public final class AuditCompaction {
    /** "+entity": walk the primary key, not the entity index (which would sort every case row again each batch). */
    private static final String PENDING = "+entity IN " + Sql.placeholders(AuditImages.COMPACTED.size())
            + " AND (typeof(before) = 'text' OR typeof(after) = 'text')";

    private AuditCompaction() {}

    /** A row as stored, every column. */
    private record Stored(Object[] columns) {
        static final String NAMES = "seq, at, actor, entity, entity_id, action, before, after, prev_hash, hash";
        static final int ENTITY = 3;
        static final int BEFORE = 6;
        static final int AFTER = 7;

        long seq() {
            return ((Number) columns[0]).longValue();
        }

        Object[] compacted() {
            Object[] out = columns.clone();
            String entity = (String) columns[ENTITY];
            out[BEFORE] = compactedImage(entity, columns[BEFORE]);
            out[AFTER] = compactedImage(entity, columns[AFTER]);
            return out;
        }
    }

    /** Rows whose images are still stored as text although their entity's are kept compact. */
    public static long pending(Ledger ledger) {
        return ledger.read(c -> Sql.queryOne(
                        c,
                        "SELECT COUNT(*) FROM audit_log WHERE " + PENDING,
                        rs -> rs.getLong(1),
                        AuditImages.COMPACTED.toArray())
                .orElse(0L));
    }

    /** What a batch did: rows rewritten, and the seq the next batch starts after (0 once no row was left). */
    public record Batch(int rewritten, long lastSeq) {}

    /**
     * Rewrites up to {@code limit} rows from the first pending row after {@code afterSeq} on, inside the caller's
     * write transaction: deleted and inserted again with the same seq and content, the pending images compact. Every
     * row of the range is rewritten, so its pages are filled again instead of staying mostly empty. Each compact form
     * is decoded again and compared with the text before it is written.
     */
    public static Batch compactBatch(Tx tx, long afterSeq, int limit) throws SQLException {
        Connection c = tx.connection();
        Object[] params = new Object[AuditImages.COMPACTED.size() + 1];
        params[0] = afterSeq;
        System.arraycopy(AuditImages.COMPACTED.toArray(), 0, params, 1, AuditImages.COMPACTED.size());
        // walks the primary key from afterSeq: a whole run reads the trail once
        Optional<Long> first = Sql.queryOne(
                c,
                "SELECT seq FROM audit_log WHERE seq > ? AND " + PENDING + " ORDER BY seq LIMIT 1",
                rs -> rs.getLong(1),
                params);
        if (first.isEmpty()) {
            return new Batch(0, 0);
        }
        List<Stored> rows = Sql.query(
                c,
                "SELECT " + Stored.NAMES + " FROM audit_log WHERE seq >= ? ORDER BY seq LIMIT ?",
                rs -> {
                    Object[] v = new Object[10];
                    for (int i = 0; i < v.length; i++) {
                        v[i] = rs.getObject(i + 1);
                    }
                    return new Stored(v);
                },
                first.get(),
                limit);
        long last = rows.get(rows.size() - 1).seq();
        Sql.update(c, "DELETE FROM audit_log WHERE seq >= ? AND seq <= ?", first.get(), last);
        for (Stored row : rows) {
            Sql.update(
                    c, "INSERT INTO audit_log(" + Stored.NAMES + ") VALUES " + Sql.placeholders(10), row.compacted());
        }
        return new Batch(rows.size(), last);
    }

    private static Object compactedImage(String entity, Object stored) {
        if (!(stored instanceof String text)) {
            return stored;
        }
        Object compact = AuditImages.stored(entity, text);
        if (!text.equals(AuditImages.text(compact))) {
            throw new IllegalStateException("監査ログの画像を圧縮形式に変換すると元に戻りません(変換を中止しました)");
        }
        return compact;
    }
}
