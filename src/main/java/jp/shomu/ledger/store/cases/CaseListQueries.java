package jp.shomu.ledger.store.cases;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import jp.shomu.ledger.domain.cases.CaseQuery;
import jp.shomu.ledger.domain.cases.CaseStatus;
import jp.shomu.ledger.domain.cases.CaseSummary;
import jp.shomu.ledger.store.Sql;

/** Reads case lists and per-type counts with one short query each. */
public final class CaseListQueries {
    private CaseListQueries() {}

    public static List<CaseSummary> list(Connection c, CaseQuery q) throws SQLException {
        CaseListSql query = CaseListSql.of(
                "f.id, f.type_code, f.subject, f.status, f.received_on, f.due_on, f.warn_on,"
                        + " f.completed_on, f.assignee_id, s.name, f.version",
                q,
                Sql.onServer(c));
        return Sql.query(c, query.sql(), CaseListQueries::map, query.params());
    }

    /** Counts of cases per type and status (closed cases excluded), for the navigation tree. */
    public static Map<String, Map<CaseStatus, Integer>> openCountsByType(Connection c) throws SQLException {
        Map<String, Map<CaseStatus, Integer>> counts = new TreeMap<>();
        // the open statuses named one by one, so that the status index is used (NOT IN would read every case)
        List<Object> open = java.util.Arrays.stream(CaseStatus.values())
                .filter(st -> !st.isClosed())
                .map(Enum::name)
                .map(Object.class::cast)
                .toList();
        Sql.query(
                c,
                "SELECT type_code, status, COUNT(*) FROM case_file WHERE status IN " + Sql.placeholders(open.size())
                        + " GROUP BY type_code, status",
                rs -> {
                    counts.computeIfAbsent(rs.getString(1), k -> new java.util.EnumMap<>(CaseStatus.class))
                            .put(CaseStatus.valueOf(rs.getString(2)), rs.getInt(3));
                    return null;
                },
                open.toArray());
        return counts;
    }

    private static CaseSummary map(ResultSet rs) throws SQLException {
        long assignee = rs.getLong(9);
        boolean none = rs.wasNull();
        return new CaseSummary(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                StoredStatus.of(rs.getLong(1), rs.getString(4)),
                date(rs.getString(5)),
                date(rs.getString(6)),
                date(rs.getString(7)),
                date(rs.getString(8)),
                none ? null : assignee,
                rs.getString(10),
                rs.getLong(11));
    }

    private static LocalDate date(String s) {
        return s == null ? null : LocalDate.parse(s);
    }
}
