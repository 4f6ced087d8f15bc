package jp.shomu.ledger.store.archive;

import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import jp.shomu.ledger.domain.errors.LedgerException;
import jp.shomu.ledger.domain.errors.LedgerProblem;
import jp.shomu.ledger.store.AuditCheckpoint;
import jp.shomu.ledger.store.Json;
import jp.shomu.ledger.store.Ledger;
import jp.shomu.ledger.store.Sql;
import jp.shomu.ledger.store.Tx;

/**
 * A checkpoint being made: the rows up to {@code seq} (the last written before {@code at}'s year ended) are to move
 * into {@code file}. Audited when chosen, so an interrupted run is finished at the same row by the next one, and the
 * trail shows when the move began.
 */
public record CheckpointPlan(long seq, String hash, String at, String file) {
    static final String PLANNED = "監査ログの区切りの準備";

    /** The plan that became {@code checkpoint} once its archive file exists with this SHA-256. */
    public AuditCheckpoint checkpoint(String sha256) {
        return new AuditCheckpoint(seq, hash, at, file, sha256);
    }

    /** Plans to move the rows up to {@code seq} (a row the ledger still holds) into {@code file}. */
    public static CheckpointPlan start(Tx tx, long seq, String file) throws SQLException {
        CheckpointPlan plan = Sql.queryOne(
                        tx.connection(),
                        "SELECT hash, at FROM audit_log WHERE seq = ?",
                        rs -> new CheckpointPlan(seq, rs.getString(1), rs.getString(2), file),
                        seq)
                .orElseThrow(() -> new LedgerException(LedgerProblem.VERIFY_FAILED, "監査ログの行 " + seq + " がありません"));
        tx.audit(
                AuditCheckpoint.ENTITY,
                file,
                PLANNED,
                null,
                Json.write(Map.of("seq", Long.toString(seq), "hash", plan.hash, "at", plan.at, "file", file)));
        return plan;
    }

    /** The newest plan not yet recorded as the file's checkpoint: an interrupted run to finish. */
    public static Optional<CheckpointPlan> pending(Ledger ledger) {
        long done = AuditCheckpoint.of(ledger).map(AuditCheckpoint::seq).orElse(0L);
        return ledger.read(c -> Sql.queryOne(
                        c,
                        "SELECT after FROM audit_log WHERE entity = ? AND action = ?" + " ORDER BY seq DESC LIMIT 1",
                        rs -> Json.readFlat(rs.getString(1)),
                        AuditCheckpoint.ENTITY,
                        PLANNED))
                .map(m -> new CheckpointPlan(Long.parseLong(m.get("seq")), m.get("hash"), m.get("at"), m.get("file")))
                .filter(plan -> plan.seq > done);
    }
}
