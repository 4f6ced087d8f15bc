package jp.shomu.ledger.store.audit;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import jp.shomu.ledger.domain.audit.AuditFilter;
import jp.shomu.ledger.store.AuditRow;
import jp.shomu.ledger.store.AuditTimes;
import jp.shomu.ledger.store.Sql;

/**
 * Reads the audit trail by filter, one short query per page, paging by seq (newest first for screens, oldest
 * first for exports). A period is first turned into its seq range through the index on {@code at}, so a page
 * never sorts the whole trail.
 */
public final class AuditQueries {
    private AuditQueries() {}

    /** Up to {@code limit} rows with seq below {@code beforeSeq}, newest first. */
    public static List<AuditRow> newestFirst(Connection c, AuditFilter f, long beforeSeq, int limit)
            throws SQLException {
        Where w = where(c, f);
        if (w == null) {
            return List.of();
        }
        w.params.add(beforeSeq);
        w.params.add(limit);
        return Sql.query(
                c,
                "SELECT " + AuditRow.COLUMNS + " FROM audit_log WHERE " + w.sql + " AND seq < ?"
                        + " ORDER BY seq DESC LIMIT ?",
                AuditRow::of,
                w.params.toArray());
    }

    /** Up to {@code limit} rows with seq above {@code afterSeq}, oldest first. */
    public static List<AuditRow> oldestFirst(Connection c, AuditFilter f, long afterSeq, int limit)
            throws SQLException {
        Where w = where(c, f);
        if (w == null) {
            return List.of();
        }
        w.params.add(afterSeq);
        w.params.add(limit);
        return Sql.query(
                c,
                "SELECT " + AuditRow.COLUMNS + " FROM audit_log WHERE " + w.sql + " AND seq > ?"
                        + " ORDER BY seq LIMIT ?",
                AuditRow::of,
                w.params.toArray());
    }

    public static long count(Connection c, AuditFilter f) throws SQLException {
        Where w = where(c, f);
        if (w == null) {
            return 0;
        }
        return Sql.queryOne(c, "SELECT COUNT(*) FROM audit_log WHERE " + w.sql, rs -> rs.getLong(1), w.params.toArray())
                .orElse(0L);
    }

    private static final class Where {
        final StringBuilder sql = new StringBuilder("1 = 1");
        final List<Object> params = new ArrayList<>();
    }

    /** The WHERE clause for {@code f}, or null when its period holds no rows at all. */
    private static Where where(Connection c, AuditFilter f) throws SQLException {
        Where w = new Where();
        if (f.from() != null || f.to() != null) {
            String lower = f.from() == null ? "" : AuditTimes.startOf(f.from());
            String upper = f.to() == null ? "~" : AuditTimes.endOf(f.to());
            long[] range = Sql.queryOne(
                            c,
                            "SELECT MIN(seq), MAX(seq) FROM audit_log WHERE at >= ? AND at < ?",
                            rs -> rs.getObject(1) == null ? new long[0] : new long[] {rs.getLong(1), rs.getLong(2)},
                            lower,
                            upper)
                    .orElseThrow();
            if (range.length == 0) {
                return null;
            }
            // "at || ''" keeps SQLite on the seq range instead of the at index for the page itself (unary + would too,
            // but PostgreSQL has no + for text)
            w.sql.append(" AND seq BETWEEN ? AND ? AND at || '' >= ? AND at || '' < ?");
            w.params.add(range[0]);
            w.params.add(range[1]);
            w.params.add(lower);
            w.params.add(upper);
        }
        if (f.actor() != null && !f.actor().isBlank()) {
            w.sql.append(" AND actor = ?");
            w.params.add(f.actor().strip());
        }
        if (!f.entities().isEmpty()) {
            w.sql.append(" AND entity IN (")
                    .append(String.join(",", f.entities().stream().map(e -> "?").toList()))
                    .append(')');
            f.entities().stream().sorted().forEach(w.params::add);
        }
        if (f.entityId() != null && !f.entityId().isBlank()) {
            w.sql.append(" AND entity_id = ?");
            w.params.add(f.entityId().strip());
        }
        return w;
    }
}
