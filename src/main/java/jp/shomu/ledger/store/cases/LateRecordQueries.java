package jp.shomu.ledger.store.cases;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import jp.shomu.ledger.store.Sql;

/**
 * Records made in a window of time that are dated before it: time logged for an earlier day, a case registered with
 * an earlier 受付日, a 受付日 changed into or out of an earlier month. Read from the audit trail by its time index.
 */
public final class LateRecordQueries {
    private LateRecordQueries() {}

    /** Time logged in the window for a 作業日 before {@code before}. */
    public record LateTime(long caseId, String typeCode, LocalDate workDate, long minutes, Instant recordedAt) {}

    /** A case registered in the window (receivedBefore null) or whose 受付日 was changed in it. */
    public record LateCase(
            long caseId, String typeCode, LocalDate receivedBefore, LocalDate receivedAfter, Instant recordedAt) {}

    public static List<LateTime> time(Connection c, Instant from, Instant to, LocalDate before) throws SQLException {
        return Sql.query(
                c,
                "SELECT t.case_id, f.type_code, t.work_date, t.minutes, a.at FROM audit_log a"
                        + " JOIN time_entry t ON t.id = CAST(a.entity_id AS INTEGER) JOIN case_file f ON f.id = t.case_id"
                        + " WHERE a.entity = 'time' AND a.at >= ? AND a.at < ? AND t.work_date < ? ORDER BY a.seq",
                rs -> new LateTime(
                        rs.getLong(1),
                        rs.getString(2),
                        LocalDate.parse(rs.getString(3)),
                        rs.getLong(4),
                        Instant.parse(rs.getString(5))),
                AsOf.text(from),
                AsOf.text(to),
                before);
    }

    public static List<LateCase> cases(Connection c, Instant from, Instant to, LocalDate before) throws SQLException {
        String was = "json_extract(audit_text(a.before), '$.received_on')";
        String is = "json_extract(audit_text(a.after), '$.received_on')";
        return Sql.query(
                c,
                "SELECT CAST(a.entity_id AS INTEGER), json_extract(audit_text(a.after), '$.type_code'), " + was + ", "
                        + is
                        + ", a.at FROM audit_log a WHERE a.entity = 'case' AND a.at >= ? AND a.at < ?"
                        + " AND ((a.action = '登録' AND " + is + " < ?)"
                        + "   OR (a.before IS NOT NULL AND a.after IS NOT NULL AND " + was + " <> " + is
                        + "       AND (" + was + " < ? OR " + is + " < ?)))"
                        + " ORDER BY a.seq",
                rs -> {
                    String b = rs.getString(3);
                    return new LateCase(
                            rs.getLong(1),
                            rs.getString(2),
                            b == null ? null : LocalDate.parse(b),
                            LocalDate.parse(rs.getString(4)),
                            Instant.parse(rs.getString(5)));
                },
                AsOf.text(from),
                AsOf.text(to),
                before,
                before,
                before);
    }
}
