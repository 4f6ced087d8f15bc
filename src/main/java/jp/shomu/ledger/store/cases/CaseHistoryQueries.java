package jp.shomu.ledger.store.cases;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import jp.shomu.ledger.domain.audit.CaseHistoryEntry;
import jp.shomu.ledger.store.AuditImages;
import jp.shomu.ledger.store.Json;
import jp.shomu.ledger.store.Sql;

/**
 * A case's audit trail: the case row's own changes and those of its ticks, double checks, pauses, comments, time
 * entries and links (both ends). Each part is found through an index (ticks are keyed "case/item", the others by their own row id).
 */
public final class CaseHistoryQueries {
    private static final String SQL = "SELECT seq, at, actor, entity, entity_id, action, before, after FROM audit_log"
            + " WHERE (entity = 'case' AND entity_id = ?)"
            + " OR (entity = 'tick' AND entity_id >= ? AND entity_id < ?)"
            + " OR (entity = 'review' AND entity_id IN (SELECT CAST(id AS TEXT) FROM review WHERE case_id = ?))"
            + " OR (entity = 'pause' AND entity_id IN (SELECT CAST(id AS TEXT) FROM pause WHERE case_id = ?))"
            + " OR (entity = 'comment' AND entity_id IN (SELECT CAST(id AS TEXT) FROM comment WHERE case_id = ?))"
            + " OR (entity = 'time' AND entity_id IN (SELECT CAST(id AS TEXT) FROM time_entry WHERE case_id = ?))"
            + " OR (entity = 'case_link' AND entity_id IN"
            + " (SELECT CAST(id AS TEXT) FROM case_link WHERE from_case = ? OR to_case = ?))"
            + " ORDER BY seq";

    private CaseHistoryQueries() {}

    /** Oldest first. */
    public static List<CaseHistoryEntry> forCase(Connection c, long caseId) throws SQLException {
        String id = Long.toString(caseId);
        // tick ids are "<case>/<item>": '0' is the character after '/', so this range is exactly the case's ticks
        return Sql.query(
                c,
                SQL,
                rs -> new CaseHistoryEntry(
                        rs.getLong(1),
                        Instant.parse(rs.getString(2)),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        Json.readFlat(AuditImages.text(rs, 7)),
                        Json.readFlat(AuditImages.text(rs, 8))),
                id,
                id + "/",
                id + "0",
                caseId,
                caseId,
                caseId,
                caseId,
                caseId,
                caseId);
    }
}
