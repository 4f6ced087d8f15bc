package jp.shomu.ledger.store.cases;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import jp.shomu.ledger.domain.cases.CaseListEntry;
import jp.shomu.ledger.domain.cases.CaseQuery;
import jp.shomu.ledger.store.Sql;

/** The workbench's reads: case list rows with their SLA dates and maker, and the open cases behind the counts. */
public final class CaseBoardQueries {
    private static final String COLUMNS = "f.id, f.type_code, f.subject, f.status, f.received_on, f.due_on,"
            + " f.warn_on, f.centre_done_on, f.completed_on, f.assignee_id, s.name, f.created_by, f.send_back_count,"
            + " f.version";

    private CaseBoardQueries() {}

    /** Rows matching {@code q}, newest first, at most {@code q.limit()} (10,000 when not set). */
    public static List<CaseListEntry> list(Connection c, CaseQuery q) throws SQLException {
        CaseListSql query = CaseListSql.of(COLUMNS, q, Sql.onServer(c));
        return Sql.query(c, query.sql(), CaseBoardQueries::map, query.params());
    }

    /** Every case not yet 完了 or 取下げ, for the navigation counts. */
    public static List<CaseListEntry> open(Connection c) throws SQLException {
        return Sql.query(
                c,
                "SELECT " + COLUMNS + " FROM case_file f LEFT JOIN staff s ON s.id = f.assignee_id"
                        + " WHERE f.status NOT IN ('DONE','WITHDRAWN')",
                CaseBoardQueries::map);
    }

    private static CaseListEntry map(ResultSet rs) throws SQLException {
        long assignee = rs.getLong(10);
        boolean none = rs.wasNull();
        long maker = none ? rs.getLong(12) : assignee;
        return new CaseListEntry(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                StoredStatus.of(rs.getLong(1), rs.getString(4)),
                date(rs.getString(5)),
                date(rs.getString(6)),
                date(rs.getString(7)),
                date(rs.getString(8)),
                date(rs.getString(9)),
                none ? null : assignee,
                rs.getString(11),
                maker,
                rs.getInt(13),
                rs.getLong(14));
    }

    private static LocalDate date(String s) {
        return s == null ? null : LocalDate.parse(s);
    }
}
