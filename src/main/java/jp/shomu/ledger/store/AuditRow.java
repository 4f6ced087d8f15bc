package jp.shomu.ledger.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/** One row of the audit trail as stored: before and after are canonical JSON (or null). */
public record AuditRow(
        long seq,
        Instant at,
        String actor,
        String entity,
        String entityId,
        String action,
        String before,
        String after,
        String hash) {
    public static final String COLUMNS = "seq, at, actor, entity, entity_id, action, before, after, hash";

    public static AuditRow of(ResultSet rs) throws SQLException {
        return new AuditRow(
                rs.getLong(1),
                Instant.parse(rs.getString(2)),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                AuditImages.text(rs, 7),
                AuditImages.text(rs, 8),
                rs.getString(9));
    }
}
