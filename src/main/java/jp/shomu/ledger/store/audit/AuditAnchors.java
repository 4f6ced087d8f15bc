package jp.shomu.ledger.store.audit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.shomu.ledger.domain.audit.ChainAnchor;
import jp.shomu.ledger.domain.audit.ChainHead;
import jp.shomu.ledger.domain.calendar.JapanTime;
import jp.shomu.ledger.domain.errors.LedgerException;
import jp.shomu.ledger.store.AuditCheckpoint;
import jp.shomu.ledger.store.AuditLog;
import jp.shomu.ledger.store.AuditTimes;
import jp.shomu.ledger.store.ChainWalk;
import jp.shomu.ledger.store.Ledger;
import jp.shomu.ledger.store.Sql;

/**
 * Anchors the audit chain outside the file. The monthly report prints {@link #headAt} for the month's last day;
 * {@link #check} later proves that the chain still passes through that hash, i.e. that no row up to it was
 * changed, removed or inserted, even by someone who recomputed every hash in the file.
 */
public final class AuditAnchors {
    private AuditAnchors() {}

    /**
     * The last link written before the end of {@code day} (Japan time). A day before the file's checkpoint is
     * looked up in the audit archive file its older rows were moved to.
     */
    public static ChainHead headAt(Ledger ledger, LocalDate day) {
        Optional<ChainHead> here = headInFile(ledger, day);
        if (here.isPresent()) {
            return here.get();
        }
        return AuditCheckpoint.of(ledger)
                .map(cp -> AuditArchiveFile.read(ledger, cp, archive -> headAt(archive, day)))
                .orElse(new ChainHead(0, AuditLog.GENESIS, day));
    }

    /** The last link written before the end of {@code day} among the rows this file holds, if any. */
    public static Optional<ChainHead> headInFile(Ledger ledger, LocalDate day) {
        String bound = AuditTimes.endOf(day);
        // walks back from the newest row: month-end heads of recent months are found after a short scan
        return ledger.read(c -> Sql.queryOne(
                c,
                "SELECT seq, hash FROM audit_log WHERE at || '' < ? ORDER BY seq DESC LIMIT 1",
                rs -> new ChainHead(rs.getLong(1), rs.getString(2), day),
                bound));
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

    /**
     * Recomputes the chain from its start until it reaches the anchor's hash. After a checkpoint, the rows moved
     * into audit archive files are part of the proof ({@link MovedHistory}); an anchor older than the checkpoint
     * is looked for in the audit archive (whose SHA-256 must still be the one recorded), and so on back.
     */
    public static Result check(Ledger ledger, ChainAnchor anchor) {
        if (anchor.hash().equals(AuditLog.GENESIS)) {
            return new Result(anchor, 0, List.of(), List.of("空の監査ログのアンカーです(証明する履歴はありません)"));
        }
        ChainWalk.End end = ChainWalk.walk(ledger, link -> link.hash().equals(anchor.hash()));
        if (end.broken().isPresent()) {
            return new Result(
                    anchor,
                    0,
                    List.of(end.broken().get().reason() + "。アンカー(" + anchor.date() + ")までの履歴を証明できません"),
                    List.of());
        }
        Optional<AuditCheckpoint> checkpoint = AuditCheckpoint.of(ledger);
        if (end.stoppedAt().isPresent()) {
            Result r = found(ledger, anchor, end.stoppedAt().get());
            return checkpoint.isEmpty() || !r.ok()
                    ? r
                    : withMovedHistory(r, MovedHistory.prove(ledger, checkpoint.get()));
        }
        if (checkpoint.isPresent()) {
            return inArchive(ledger, checkpoint.get(), anchor);
        }
        ChainHead now = headAt(ledger, anchor.date());
        return new Result(
                anchor,
                0,
                List.of("アンカーのハッシュが監査ログのどこにもありません: " + anchor.date()
                        + " までの履歴が書き換えられています(現在の台帳でのその日の末尾は 行 " + now.seq() + " "
                        + now.hash() + ")"),
                List.of());
    }

    private static Result inArchive(Ledger ledger, AuditCheckpoint checkpoint, ChainAnchor anchor) {
        try {
            Result r = AuditArchiveFile.read(ledger, checkpoint, archive -> check(archive, anchor));
            List<String> notes = new ArrayList<>(r.notes());
            notes.add(
                    "行 " + checkpoint.seq() + " までは監査ログの保管ファイル " + checkpoint.file() + " から読みました(SHA-256 は区切りの記録と一致)");
            return new Result(anchor, r.seq(), r.problems(), notes);
        } catch (LedgerException e) {
            return new Result(
                    anchor,
                    0,
                    List.of("アンカーのハッシュは台帳に残る監査ログ(行 " + (checkpoint.seq() + 1) + " から)にはなく、それより前の履歴を確かめられません: "
                            + e.getMessage()),
                    List.of());
        }
    }

    private static Result withMovedHistory(Result r, MovedHistory.Proof moved) {
        List<String> notes = new ArrayList<>(r.notes());
        notes.addAll(moved.notes());
        return new Result(r.anchor(), r.seq(), moved.problems(), notes);
    }

    private static Result found(Ledger ledger, ChainAnchor anchor, ChainWalk.Link row) {
        LocalDate rowDay = LocalDate.ofInstant(java.time.Instant.parse(row.at()), JapanTime.ZONE);
        if (rowDay.isAfter(anchor.date())) {
            return new Result(
                    anchor,
                    row.seq(),
                    List.of("アンカーのハッシュは行 " + row.seq() + " にありますが、その行の日付は " + rowDay + " で、アンカーの日付 " + anchor.date()
                            + " より後です"),
                    List.of());
        }
        ChainHead now = headAt(ledger, anchor.date());
        List<String> notes = now.seq() == row.seq()
                ? List.of()
                : List.of("行 " + (row.seq() + 1) + " 以降に、日付が "
                        + anchor.date() + " 以前の行があります(末尾は 行 " + now.seq() + ")。PCの時計のずれか、アンカー印刷後に"
                        + "日付をさかのぼって追加された行です。アンカーまでの履歴には影響しません");
        return new Result(anchor, row.seq(), List.of(), notes);
    }
}
