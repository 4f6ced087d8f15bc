package jp.shomu.ledger.store.cases;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import jp.shomu.ledger.domain.cases.CaseStep;
import jp.shomu.ledger.store.Sql;

/**
 * A case's saves and checklist ticks as the audit trail recorded them, in order: who did what on the case, read
 * back from the hash-chained history rather than from the case's current row (which keeps only the latest tick of
 * an item and no record of who edited it).
 */
public final class CaseStepQueries {
    private CaseStepQueries() {}

    /** The steps of case {@code caseId} recorded before {@code before} (all of them when null), oldest first. */
    public static List<CaseStep> steps(Connection c, long caseId, Instant before) throws SQLException {
        String id = Long.toString(caseId);
        // Tick rows are keyed "CASE/ITEM": the range ["CASE/", "CASE0") holds exactly this case's ('0' follows '/').
        return Sql.query(
                c,
                "SELECT a.seq, a.at, a.entity, a.action, a.entity_id, json_extract(audit_text(a.after), '$.by'),"
                        + " json_extract(audit_text(a.before), '$.by'), s.id,"
                        + " COALESCE(json_extract(audit_text(a.before), '$.assignee_id'),"
                        + " json_extract(audit_text(a.before), '$.created_by'))"
                        + " FROM audit_log a LEFT JOIN staff s ON s.login = a.actor"
                        + " WHERE ((a.entity = 'case' AND a.entity_id = ?)"
                        + "   OR (a.entity = 'tick' AND a.entity_id >= ? AND a.entity_id < ?))"
                        + " AND (CAST(? AS TEXT) IS NULL OR a.at < ?) ORDER BY a.seq",
                rs -> {
                    String entity = rs.getString(3);
                    String action = rs.getString(4);
                    if ("case".equals(entity)) {
                        String maker = rs.getString(9);
                        long actor = rs.getLong(8);
                        return new CaseStep(
                                rs.getLong(1),
                                Instant.parse(rs.getString(2)),
                                CaseStep.Kind.SAVE,
                                action,
                                null,
                                rs.wasNull() ? null : actor,
                                maker == null ? null : Long.valueOf(maker));
                    }
                    String key = rs.getString(5);
                    String item = key.substring(key.indexOf('/') + 1);
                    boolean untick = rs.getString(6) == null;
                    String by = untick ? rs.getString(7) : rs.getString(6);
                    return new CaseStep(
                            rs.getLong(1),
                            Instant.parse(rs.getString(2)),
                            untick ? CaseStep.Kind.UNTICK : CaseStep.Kind.TICK,
                            action,
                            item,
                            by == null ? null : Long.valueOf(by),
                            null);
                },
                id,
                id + "/",
                id + "0",
                before == null ? null : AsOf.text(before),
                before == null ? null : AsOf.text(before));
    }
}
