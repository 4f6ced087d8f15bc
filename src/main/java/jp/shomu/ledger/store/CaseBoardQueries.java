package jp.shomu.ledger.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jp.shomu.ledger.domain.cases.CaseListEntry;
import jp.shomu.ledger.domain.cases.CaseQuery;
import jp.shomu.ledger.domain.cases.CaseStatus;

/** The workbench's reads: case list rows with their SLA dates and maker, and the open cases behind the counts. */
public final class CaseBoardQueries {
    private static final String SELECT = "SELECT f.id, f.type_code, f.subject, f.status, f.received_on, f.due_on,"
            + " f.warn_on, f.centre_done_on, f.completed_on, f.assignee_id, s.name, f.created_by, f.send_back_count,"
            + " f.version FROM case_file f LEFT JOIN staff s ON s.id = f.assignee_id";

    private CaseBoardQueries() {
    }

    /** Rows matching {@code q}, newest first, at most {@code q.limit()} (10,000 when not set). */
    public static List<CaseListEntry> list(Connection c, CaseQuery q) throws SQLException {
        StringBuilder sql = new StringBuilder(SELECT).append(" WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        if (q.typeCode() != null && !q.typeCode().isEmpty()) {
            sql.append(" AND f.type_code = ?");
            params.add(q.typeCode());
        }
        if (!q.statuses().isEmpty()) {
            sql.append(" AND f.status IN (").append(String.join(",", q.statuses().stream().map(s -> "?").toList())).append(')');
            q.statuses().stream().sorted().forEach(params::add);
        }
        if (q.assigneeId() != null) {
            sql.append(" AND f.assignee_id = ?");
            params.add(q.assigneeId());
        }
        if (q.dueFrom() != null) {
            sql.append(" AND f.due_on >= ?");
            params.add(q.dueFrom());
        }
        if (q.dueTo() != null) {
            sql.append(" AND f.due_on <= ?");
            params.add(q.dueTo());
        }
        if (q.text() != null && !q.text().isBlank()) {
            String t = q.text().strip();
            sql.append(" AND (f.subject LIKE ? ESCAPE '\\' OR CAST(f.id AS TEXT) = ?)");
            params.add("%" + t.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
            params.add(t);
        }
        sql.append(" ORDER BY f.id DESC LIMIT ?");
        params.add(q.limit() > 0 ? q.limit() : 10_000);
        return Sql.query(c, sql.toString(), CaseBoardQueries::map, params.toArray());
    }

    /** Every case not yet 完了 or 取下げ, for the navigation counts. */
    public static List<CaseListEntry> open(Connection c) throws SQLException {
        return Sql.query(c, SELECT + " WHERE f.status NOT IN ('DONE','WITHDRAWN')", CaseBoardQueries::map);
    }

    private static CaseListEntry map(ResultSet rs) throws SQLException {
        long assignee = rs.getLong(10);
        boolean none = rs.wasNull();
        long maker = none ? rs.getLong(12) : assignee;
        return new CaseListEntry(rs.getLong(1), rs.getString(2), rs.getString(3), CaseStatus.valueOf(rs.getString(4)),
                date(rs.getString(5)), date(rs.getString(6)), date(rs.getString(7)), date(rs.getString(8)),
                date(rs.getString(9)), none ? null : assignee, rs.getString(11), maker, rs.getInt(13), rs.getLong(14));
    }

    private static LocalDate date(String s) {
        return s == null ? null : LocalDate.parse(s);
    }
}
