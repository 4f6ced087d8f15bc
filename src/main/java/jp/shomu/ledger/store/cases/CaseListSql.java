package jp.shomu.ledger.store.cases;

import java.util.ArrayList;
import java.util.List;
import jp.shomu.ledger.domain.cases.CaseQuery;

/**
 * The one place a {@link CaseQuery} becomes SQL, for every case list (command line, services, the window): the
 * filters, and the search through the trigram index (LIKE for 1–2 characters), newest first up to the limit.
 */
final class CaseListSql {
    private final String sql;
    private final List<Object> params;

    private CaseListSql(String sql, List<Object> params) {
        this.sql = sql;
        this.params = params;
    }

    /**
     * @param columns the select list, over case_file f LEFT JOIN staff s
     * @param onServer true for a ledger on PostgreSQL, whose search indexes differ
     */
    static CaseListSql of(String columns, CaseQuery q, boolean onServer) {
        CaseTextSearch.Condition text = q.text() == null || q.text().isBlank()
                ? null
                : onServer ? CaseTextSearch.onServer(q.text()) : CaseTextSearch.of(q.text());
        StringBuilder sql = new StringBuilder("SELECT ")
                .append(columns)
                .append(" FROM ")
                .append(text == null ? "case_file f" : text.from())
                .append(" LEFT JOIN staff s ON s.id = f.assignee_id WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        if (q.typeCode() != null && !q.typeCode().isEmpty()) {
            sql.append(" AND f.type_code = ?");
            params.add(q.typeCode());
        }
        if (!q.statuses().isEmpty()) {
            sql.append(" AND f.status IN (")
                    .append(String.join(",", q.statuses().stream().map(s -> "?").toList()))
                    .append(')');
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
        sql.append(" ORDER BY ")
                .append(text == null ? "f.id DESC" : text.orderBy())
                .append(" LIMIT ?");
        params.add(q.limit() > 0 ? q.limit() : 10_000);
        return new CaseListSql(sql.toString(), params);
    }

    String sql() {
        return sql;
    }

    Object[] params() {
        return params.toArray();
    }
}
