package jp.shomu.ledger.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import jp.shomu.ledger.domain.audit.AuditEntities;
import jp.shomu.ledger.domain.calendar.JapanTime;

/**
 * Where a file's audit chain starts after its older rows were moved into an audit archive file: row {@code seq},
 * written at {@code at} with {@code hash}, is the last row moved to {@code file} (beside this file, whose SHA-256
 * is {@code sha256}); the first row kept links to {@code hash}. Kept in meta, where verify starts the chain, and
 * audited when made, so verify can tell a checkpoint the app made from one written into meta by hand.
 */
public record AuditCheckpoint(long seq, String hash, String at, String file, String sha256) {
    static final String META_KEY = "audit_checkpoint";
    /** The audit entity of the checkpoint's own entries (the plan and the record). */
    public static final String ENTITY = AuditEntities.CHECKPOINT;

    static final String RECORDED = "監査ログの区切り";

    /** The day (Japan time) of the last row moved: history up to its end is in {@link #file}. */
    public LocalDate lastDay() {
        return LocalDate.ofInstant(Instant.parse(at), JapanTime.ZONE);
    }

    /** Where older history is, for the audit trail's screens: "2027-03-31 までの監査ログ(行 1234 まで)は…". */
    public String movedNote(Ledger ledger) {
        return lastDay() + " までの監査ログ(行 " + seq + " まで)は、監査ログの保管ファイル " + file + "(" + ledger.companionPlace()
                + ")に移してあります。";
    }

    String toJson() {
        return Json.write(Map.of("seq", Long.toString(seq), "hash", hash, "at", at, "file", file, "sha256", sha256));
    }

    static AuditCheckpoint parse(String json) {
        Map<String, String> m = Json.readFlat(json);
        return new AuditCheckpoint(
                Long.parseLong(m.getOrDefault("seq", "0")),
                m.getOrDefault("hash", ""),
                m.getOrDefault("at", ""),
                m.getOrDefault("file", ""),
                m.getOrDefault("sha256", ""));
    }

    /** The checkpoint recorded in this file's meta, if its older rows were ever moved. */
    public static Optional<AuditCheckpoint> of(Ledger ledger) {
        return ledger.read(AuditCheckpoint::of);
    }

    static Optional<AuditCheckpoint> of(Connection c) throws SQLException {
        return Sql.queryOne(c, "SELECT value FROM meta WHERE key = ?", rs -> rs.getString(1), META_KEY)
                .map(AuditCheckpoint::parse);
    }

    /** The link the file's first kept row follows: the checkpoint, or seq 0 and the genesis hash. */
    public static AuditLog.Head chainStart(Connection c) throws SQLException {
        return of(c).map(cp -> new AuditLog.Head(cp.seq, cp.hash)).orElse(new AuditLog.Head(0, AuditLog.GENESIS));
    }

    /** Writes the checkpoint into meta and the audit trail in one transaction: from now on verify starts after it. */
    public static void record(Tx tx, AuditCheckpoint checkpoint) throws SQLException {
        writeMeta(tx.connection(), checkpoint);
        tx.audit(ENTITY, checkpoint.file, RECORDED, null, checkpoint.toJson());
    }

    /** Sets the start of an audit archive's own chain (the checkpoint before it), without an audit entry. */
    public static void writeMeta(Connection c, AuditCheckpoint checkpoint) throws SQLException {
        Sql.update(
                c,
                "INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                META_KEY,
                checkpoint.toJson());
    }

    /** The checkpoint as the newest audited record states it (it is always after the rows it cut). */
    public static Optional<AuditCheckpoint> audited(Ledger ledger) {
        return ledger.read(c -> Sql.queryOne(
                c,
                "SELECT after FROM audit_log WHERE entity = ? AND action = ?" + " ORDER BY seq DESC LIMIT 1",
                rs -> parse(rs.getString(1)),
                ENTITY,
                RECORDED));
    }
}
