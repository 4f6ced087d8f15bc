package jp.shomu.ledger.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jp.shomu.ledger.domain.cases.CaseQuery;
import jp.shomu.ledger.domain.cases.CaseStatus;
import jp.shomu.ledger.domain.cases.CaseSummary;

/** Reads case lists and per-type counts with one short query each. */
public final class CaseListQueries {
    private CaseListQueries() {
    }

    public static List<CaseSummary> list(Connection c, CaseQuery q) throws SQLException {
        CaseTextSearch.Condition text = q.text() == null || q.text().isBlank() ? null : CaseTextSearch.of(q.text());
        StringBuilder sql = new StringBuilder("SELECT f.id, f.type_code, f.subject, f.status, f.received_on, f.due_on,"
                + " f.warn_on, f.completed_on, f.assignee_id, s.name, f.version FROM "
                + (text == null ? "case_file f" : text.from()) + " LEFT JOIN staff s ON s.id = f.assignee_id WHERE 1 = 1");
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
        if (text != null) {
            sql.append(" AND ").append(text.where());
            params.addAll(text.params());
        }
        // newest first; a search by index walks the index newest first (the same order) and stops at the limit
        sql.append(" ORDER BY ").append(text == null ? "f.id DESC" : text.orderBy()).append(" LIMIT ?");
        params.add(q.limit() > 0 ? q.limit() : 10_000);
        return Sql.query(c, sql.toString(), CaseListQueries::map, params.toArray());
    }

    /** Counts of cases per type and status (closed cases excluded), for the navigation tree. */
    public static Map<String, Map<CaseStatus, Integer>> openCountsByType(Connection c) throws SQLException {
        Map<String, Map<CaseStatus, Integer>> counts = new TreeMap<>();
        // the open statuses named one by one, so that the status index is used (NOT IN would read every case)
        List<Object> open = java.util.Arrays.stream(CaseStatus.values()).filter(st -> !st.isClosed()).map(Enum::name)
                .map(Object.class::cast).toList();
        Sql.query(c, "SELECT type_code, status, COUNT(*) FROM case_file WHERE status IN "
                + Sql.placeholders(open.size()) + " GROUP BY type_code, status", rs -> {
            counts.computeIfAbsent(rs.getString(1), k -> new java.util.EnumMap<>(CaseStatus.class))
                    .put(CaseStatus.valueOf(rs.getString(2)), rs.getInt(3));
            return null;
        }, open.toArray());
        return counts;
    }

    private static CaseSummary map(ResultSet rs) throws SQLException {
        long assignee = rs.getLong(9);
        boolean none = rs.wasNull();
        return new CaseSummary(rs.getLong(1), rs.getString(2), rs.getString(3), CaseStatus.valueOf(rs.getString(4)),
                date(rs.getString(5)), date(rs.getString(6)), date(rs.getString(7)), date(rs.getString(8)),
                none ? null : assignee, rs.getString(10), rs.getLong(11));
    }

    private static LocalDate date(String s) {
        return s == null ? null : LocalDate.parse(s);
    }
}
