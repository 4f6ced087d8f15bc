package jp.shomu.ledger.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * Walks the audit chain a file holds, in seq order, a page at a time with no lock held between pages, checking every
 * link. The chain starts at genesis or, once older rows were moved into an audit archive file, at the checkpoint in
 * meta: the first row kept links to its hash. Rows up to the checkpoint that an interrupted archive run has not cut
 * yet are walked too and must lead exactly to the checkpoint's hash, so none of them can be altered or made up.
 */
public final class ChainWalk {
    private static final int PAGE = 5000;

    private ChainWalk() {}

    /** One row with everything its hash covers. */
    public record Link(
            long seq,
            String at,
            String actor,
            String entity,
            String entityId,
            String action,
            String before,
            String after,
            String prevHash,
            String hash) {
        static Link of(ResultSet rs) throws SQLException {
            return new Link(
                    rs.getLong(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getString(6),
                    AuditImages.textForCheck(rs, 7),
                    AuditImages.textForCheck(rs, 8),
                    rs.getString(9),
                    rs.getString(10));
        }

        boolean hashMatches() {
            return AuditLog.hash(prevHash, seq, at, actor, entity, entityId, action, before, after)
                    .equals(hash);
        }
    }

    /** Decides where a walk may stop early (an anchor's row); a walk that is never stopped checks the whole chain. */
    @FunctionalInterface
    public interface Stop {
        boolean at(Link link);
    }

    /**
     * Where the walk ended: the last row whose link held (seq 0 and the start's hash when there was none), the
     * first broken link if any, and the row the walk stopped at, if it stopped early.
     */
    public record End(long seq, String hash, Optional<AuditLog.Break> broken, Optional<Link> stoppedAt) {}

    public static End walk(Ledger ledger, Stop stop) {
        AuditLog.Head start = ledger.read(AuditCheckpoint::chainStart);
        long lowest = ledger.read(c -> Sql.queryOne(c, "SELECT MIN(seq) FROM audit_log", rs -> rs.getLong(1))
                .orElse(0L));
        boolean uncutRows = start.seq() > 0 && lowest > 0 && lowest <= start.seq();
        long lastSeq = uncutRows ? lowest - 1 : start.seq();
        // the first uncut row's predecessor was moved: its prev_hash is taken as it is and proven by reaching the start
        String lastHash = uncutRows ? null : start.hash();
        while (true) {
            long from = lastSeq;
            List<Link> rows = ledger.read(c -> Sql.query(
                    c,
                    "SELECT seq, at, actor, entity, entity_id, action, before,"
                            + " after, prev_hash, hash FROM audit_log WHERE seq > ? ORDER BY seq LIMIT ?",
                    Link::of,
                    from,
                    PAGE));
            for (Link r : rows) {
                Optional<AuditLog.Break> broken = brokenLink(r, lastSeq, lastHash, start);
                if (broken.isPresent()) {
                    return new End(lastSeq, lastHash, broken, Optional.empty());
                }
                lastSeq = r.seq;
                lastHash = r.hash;
                if (stop.at(r)) {
                    return new End(lastSeq, lastHash, Optional.empty(), Optional.of(r));
                }
            }
            if (rows.size() < PAGE) {
                return new End(lastSeq, lastHash == null ? start.hash() : lastHash, Optional.empty(), Optional.empty());
            }
        }
    }

    private static Optional<AuditLog.Break> brokenLink(
            Link r, long previousSeq, String previousHash, AuditLog.Head start) {
        if (r.seq != previousSeq + 1) {
            return Optional.of(
                    new AuditLog.Break(previousSeq + 1, "監査ログの行 " + (previousSeq + 1) + " がありません(削除された可能性)"));
        }
        if (previousHash != null && !r.prevHash.equals(previousHash)) {
            return Optional.of(new AuditLog.Break(r.seq, "監査ログの行 " + r.seq + " の前の行へのつながり(prev_hash)が一致しません"));
        }
        if (!r.hashMatches()) {
            return Optional.of(new AuditLog.Break(r.seq, "監査ログの行 " + r.seq + " の内容が記録後に変更されています(ハッシュ不一致)"));
        }
        if (r.seq == start.seq() && !r.hash.equals(start.hash())) {
            return Optional.of(new AuditLog.Break(r.seq, "監査ログの行 " + r.seq + " が区切りの記録(保管ファイルへ移した最後の行)と一致しません"));
        }
        return Optional.empty();
    }
}
