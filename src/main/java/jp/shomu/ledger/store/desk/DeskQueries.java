package jp.shomu.ledger.store.desk;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.shomu.ledger.domain.cases.CaseStatus;
import jp.shomu.ledger.store.Sql;

/**
 * The leader's desk reads: the open cases with what the desk shows of them, the open pauses, the send-backs of a
 * month and the assignments made to a person. Open cases are read through the partial index on open statuses (V6).
 */
public final class DeskQueries {
    /** The same condition as the partial index {@code case_file_open}, so SQLite can use it. */
    private static final String OPEN = "f.status NOT IN ('DONE','WITHDRAWN')";

    private DeskQueries() {}

    /** One open case as the desk and the assignment see it. */
    public record OpenCase(
            long id,
            String typeCode,
            String subject,
            CaseStatus status,
            LocalDate dueOn,
            LocalDate centreDoneOn,
            Long assigneeId,
            String assigneeLogin,
            String assigneeName,
            Instant updatedAt,
            long version) {}

    /** An open pause: since when and, for 保留, with whom at the city. */
    public record OpenPause(long caseId, String kind, String addressee, LocalDate startedOn) {}

    /** Every open case, of one type when {@code typeCode} is not null. */
    public static List<OpenCase> openCases(Connection c, String typeCode) throws SQLException {
        String sql = "SELECT f.id, f.type_code, f.subject, f.status, f.due_on, f.centre_done_on, f.assignee_id,"
                + " s.login, s.name, f.updated_at, f.version FROM case_file f LEFT JOIN staff s ON s.id = f.assignee_id"
                + " WHERE " + OPEN + (typeCode == null ? "" : " AND f.type_code = ?");
        return typeCode == null ? Sql.query(c, sql, DeskQueries::map) : Sql.query(c, sql, DeskQueries::map, typeCode);
    }

    /** The open cases assigned to one person. */
    public static List<OpenCase> openCasesOf(Connection c, long assigneeId) throws SQLException {
        return Sql.query(
                c,
                "SELECT f.id, f.type_code, f.subject, f.status, f.due_on, f.centre_done_on, f.assignee_id,"
                        + " s.login, s.name, f.updated_at, f.version FROM case_file f"
                        + " LEFT JOIN staff s ON s.id = f.assignee_id WHERE f.assignee_id = ? AND " + OPEN,
                DeskQueries::map,
                assigneeId);
    }

    /** The open pauses, by case id (the latest when a case has more than one open). */
    public static Map<Long, OpenPause> openPauses(Connection c) throws SQLException {
        Map<Long, OpenPause> result = new HashMap<>();
        for (OpenPause p : Sql.query(
                c,
                "SELECT case_id, kind, addressee, started_on FROM pause WHERE ended_on IS NULL ORDER BY id",
                rs -> new OpenPause(
                        rs.getLong(1), rs.getString(2), rs.getString(3), LocalDate.parse(rs.getString(4))))) {
            result.put(p.caseId(), p);
        }
        return result;
    }

    /** Open cases per assignee and type: {assigneeId → {typeCode → count}}. */
    public static Map<Long, Map<String, Integer>> openCountsByAssignee(Connection c) throws SQLException {
        Map<Long, Map<String, Integer>> result = new HashMap<>();
        for (Object[] row : Sql.query(
                c,
                "SELECT f.assignee_id, f.type_code, count(*) FROM case_file f WHERE " + OPEN
                        + " AND f.assignee_id IS NOT NULL GROUP BY f.assignee_id, f.type_code",
                rs -> new Object[] {rs.getLong(1), rs.getString(2), rs.getInt(3)})) {
            result.computeIfAbsent((Long) row[0], k -> new HashMap<>()).put((String) row[1], (Integer) row[2]);
        }
        return result;
    }

    /** Send-backs per maker between two instants (the double checks that found an error). */
    public static Map<Long, Integer> sendBacksByMaker(Connection c, Instant from, Instant to) throws SQLException {
        Map<Long, Integer> result = new HashMap<>();
        for (long[] row : Sql.query(
                c,
                "SELECT maker_id, count(*) FROM review WHERE outcome = 'SENT_BACK' AND reviewed_at >= ?"
                        + " AND reviewed_at < ? AND maker_id IS NOT NULL GROUP BY maker_id",
                rs -> new long[] {rs.getLong(1), rs.getLong(2)},
                from.toString(),
                to.toString())) {
            result.put(row[0], (int) row[1]);
        }
        return result;
    }

    /** Ids of the cases assigned to {@code login} by someone else since {@code since} (from the audit trail). */
    public static List<Long> assignedTo(Connection c, String login, Instant since) throws SQLException {
        return Sql.query(
                c,
                "SELECT DISTINCT CAST(entity_id AS INTEGER) FROM audit_log WHERE entity = 'assignment' AND at >= ?"
                        + " AND json_extract(after, '$.to') = ? AND actor <> ? COLLATE NOCASE",
                rs -> rs.getLong(1),
                since.toString(),
                login,
                login);
    }

    /** A ledger-wide value from meta (the desk settings). */
    public static Optional<String> meta(Connection c, String key) throws SQLException {
        return Sql.queryOne(c, "SELECT value FROM meta WHERE key = ?", rs -> rs.getString(1), key);
    }

    private static OpenCase map(ResultSet rs) throws SQLException {
        long assignee = rs.getLong(7);
        boolean none = rs.wasNull();
        return new OpenCase(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                CaseStatus.valueOf(rs.getString(4)),
                date(rs.getString(5)),
                date(rs.getString(6)),
                none ? null : assignee,
                rs.getString(8),
                rs.getString(9),
                Instant.parse(rs.getString(10)),
                rs.getLong(11));
    }

    private static LocalDate date(String s) {
        return s == null ? null : LocalDate.parse(s);
    }
}
