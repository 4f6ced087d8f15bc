package jp.shomu.ledger.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jp.shomu.ledger.domain.audit.ChainAnchor;
import jp.shomu.ledger.domain.audit.ChainHead;

/**
 * Anchors the audit chain outside the file. The monthly report prints {@link #headAt} for the month's last day;
 * {@link #check} later proves that the chain still passes through that hash, i.e. that no row up to it was
 * changed, removed or inserted, even by someone who recomputed every hash in the file.
 */
public final class AuditAnchors {
    private static final int PAGE = 5000;

    private AuditAnchors() {
    }

    /** The last link written before the end of {@code day} (Japan time). */
    public static ChainHead headAt(Ledger ledger, LocalDate day) {
        String bound = AuditTimes.endOf(day);
        // walks back from the newest row: month-end heads of recent months are found after a short scan
        return ledger.read(c -> Sql.queryOne(c, "SELECT seq, hash FROM audit_log WHERE +at < ? ORDER BY seq DESC LIMIT 1",
                rs -> new ChainHead(rs.getLong(1), rs.getString(2), day), bound))
                .orElse(new ChainHead(0, AuditLog.GENESIS, day));
    }

    /**
     * The outcome of checking one anchor.
     *
     * @param seq      the row the anchor's hash was found at (0 if not found)
     * @param problems empty when history up to the anchor is proven unchanged
     * @param notes    facts worth knowing that do not break the proof
     */
    public record Result(ChainAnchor anchor, long seq, List<String> problems, List<String> notes) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    /** Recomputes the chain from its first row until it reaches the anchor's hash. */
    public static Result check(Ledger ledger, ChainAnchor anchor) {
        if (anchor.hash().equals(AuditLog.GENESIS)) {
            return new Result(anchor, 0, List.of(), List.of("空の監査ログのアンカーです(証明する履歴はありません)"));
        }
        long lastSeq = 0;
        String lastHash = AuditLog.GENESIS;
        while (true) {
            long from = lastSeq;
            List<Link> rows = ledger.read(c -> Sql.query(c, "SELECT seq, at, actor, entity, entity_id, action, before,"
                    + " after, prev_hash, hash FROM audit_log WHERE seq > ? ORDER BY seq LIMIT ?", Link::of, from, PAGE));
            for (Link r : rows) {
                Optional<String> broken = r.brokenAfter(lastSeq, lastHash);
                if (broken.isPresent()) {
                    return new Result(anchor, 0, List.of(broken.get() + "。アンカー(" + anchor.date()
                            + ")までの履歴を証明できません"), List.of());
                }
                if (r.hash.equals(anchor.hash())) {
                    return found(ledger, anchor, r);
                }
                lastSeq = r.seq;
                lastHash = r.hash;
            }
            if (rows.size() < PAGE) {
                ChainHead now = headAt(ledger, anchor.date());
                return new Result(anchor, 0, List.of("アンカーのハッシュが監査ログのどこにもありません: " + anchor.date()
                        + " までの履歴が書き換えられています(現在の台帳でのその日の末尾は 行 " + now.seq() + " "
                        + now.hash() + ")"), List.of());
            }
        }
    }

    private static Result found(Ledger ledger, ChainAnchor anchor, Link row) {
        LocalDate rowDay = LocalDate.ofInstant(java.time.Instant.parse(row.at), Tx.ZONE);
        if (rowDay.isAfter(anchor.date())) {
            return new Result(anchor, row.seq, List.of("アンカーのハッシュは行 " + row.seq + " にありますが、その行の日付は "
                    + rowDay + " で、アンカーの日付 " + anchor.date() + " より後です"), List.of());
        }
        ChainHead now = headAt(ledger, anchor.date());
        List<String> notes = now.seq() == row.seq ? List.of() : List.of("行 " + (row.seq + 1) + " 以降に、日付が "
                + anchor.date() + " 以前の行があります(末尾は 行 " + now.seq() + ")。PCの時計のずれか、アンカー印刷後に"
                + "日付をさかのぼって追加された行です。アンカーまでの履歴には影響しません");
        return new Result(anchor, row.seq, List.of(), notes);
    }

    /** One row with everything its hash covers. */
    private record Link(long seq, String at, String actor, String entity, String entityId, String action,
                        String before, String after, String prevHash, String hash) {
        static Link of(java.sql.ResultSet rs) throws java.sql.SQLException {
            return new Link(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                    rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10));
        }

        Optional<String> brokenAfter(long previousSeq, String previousHash) {
            if (seq != previousSeq + 1) {
                return Optional.of("監査ログの行 " + (previousSeq + 1) + " がありません(削除された可能性)");
            }
            if (!prevHash.equals(previousHash)) {
                return Optional.of("監査ログの行 " + seq + " の前の行へのつながり(prev_hash)が一致しません");
            }
            String expected = AuditLog.hash(prevHash, seq, at, actor, entity, entityId, action, before, after);
            return expected.equals(hash) ? Optional.empty()
                    : Optional.of("監査ログの行 " + seq + " の内容が記録後に変更されています(ハッシュ不一致)");
        }
    }
}
