package jp.shomu.ledger.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.Optional;
import jp.shomu.ledger.domain.cases.MyNumberGuard;

/**
 * The hash-chained audit trail. Each row's hash covers its own content and the previous row's hash, and the
 * chain head is also kept in meta, so editing, removing or appending a row behind the app's back is detected.
 * The hash covers the images' JSON text; how they are stored (a case's compressed) is {@link AuditImages}'.
 */
public final class AuditLog {
    public static final String GENESIS = "0".repeat(64);
    public static final String HEAD_KEY = "audit_head";

    private AuditLog() {}

    static void append(Tx tx, String entity, String rawEntityId, String rawAction, String rawBefore, String rawAfter) {
        // the last gate before the hash chain, where nothing can be removed: a 個人番号 in any text (a file name a
        // person chose, a scope, a reason) is kept as ＊, so the record stays and the number never enters the chain
        String entityId = MyNumberGuard.redact(rawEntityId);
        String action = MyNumberGuard.redact(rawAction);
        String before = MyNumberGuard.redact(rawBefore);
        String after = MyNumberGuard.redact(rawAfter);
        try {
            Connection c = tx.connection();
            Head head = head(c);
            long seq = head.seq() + 1;
            String at = tx.now().toString();
            String hash = hash(head.hash(), seq, at, tx.actor(), entity, entityId, action, before, after);
            // a server compresses large values itself: there the images stay JSON text
            boolean compact = !Sql.onServer(c);
            Sql.update(
                    c,
                    "INSERT INTO audit_log(seq, at, actor, entity, entity_id, action, before, after, prev_hash, hash)"
                            + " VALUES (?,?,?,?,?,?,?,?,?,?)",
                    seq,
                    at,
                    tx.actor(),
                    entity,
                    entityId,
                    action,
                    compact ? AuditImages.stored(entity, before) : before,
                    compact ? AuditImages.stored(entity, after) : after,
                    head.hash(),
                    hash);
            Sql.update(
                    c,
                    "INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                    HEAD_KEY,
                    seq + ":" + hash);
        } catch (SQLException e) {
            throw Ledger.translate(null, e);
        }
    }

    /** The last link of the chain as recorded in meta (seq 0 and the genesis hash for an empty trail). */
    public record Head(long seq, String hash) {}

    public static Head head(Connection c) throws SQLException {
        Optional<String> value =
                Sql.queryOne(c, "SELECT value FROM meta WHERE key = ?", rs -> rs.getString(1), HEAD_KEY);
        if (value.isEmpty()) {
            return new Head(0, GENESIS);
        }
        String[] parts = value.get().split(":", 2);
        return new Head(Long.parseLong(parts[0]), parts[1]);
    }

    /** A broken link: the first row whose content, order or predecessor does not match its hash. */
    public record Break(long seq, String reason) {}

    /**
     * Walks the chain in seq order from its start (genesis, or the checkpoint where older rows were moved into an
     * audit archive file), holding no lock between pages, and checks the head in meta. Returns the first break found.
     */
    public static Optional<Break> verify(Ledger ledger) {
        ChainWalk.End end = ChainWalk.walk(ledger, link -> false);
        if (end.broken().isPresent()) {
            return end.broken();
        }
        Head head = ledger.read(AuditLog::head);
        if (head.seq() != end.seq() || !head.hash().equals(end.hash())) {
            return Optional.of(new Break(
                    Math.min(head.seq(), end.seq()) + 1,
                    "監査ログの末尾が記録と一致しません(記録上の最終行 " + head.seq() + "、実際の最終行 " + end.seq() + ")"));
        }
        return Optional.empty();
    }

    public static String hash(
            String prev,
            long seq,
            String at,
            String actor,
            String entity,
            String entityId,
            String action,
            String before,
            String after) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String part : new String[] {
                prev,
                Long.toString(seq),
                at,
                actor,
                entity,
                entityId,
                action,
                before == null ? "\u0000" : before,
                after == null ? "\u0000" : after
            }) {
                byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
                sha.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
                sha.update((byte) ':');
                sha.update(bytes);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
