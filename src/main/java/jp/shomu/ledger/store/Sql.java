package jp.shomu.ledger.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;

/**
 * Small helpers so repositories read as SQL and always close their statements promptly — except during a bulk
 * load ({@link #reuseStatements}), where preparing the same few statements again for every row was a quarter of
 * the benchmark generator's time (issue #20).
 */
public final class Sql {
    /** Per connection in a bulk load: the idle prepared statement of each SQL text. */
    private static final Map<Connection, Map<String, PreparedStatement>> IDLE =
            Collections.synchronizedMap(new WeakHashMap<>());

    private Sql() {}

    /** From now until {@link #stopReusing}, statements on {@code c} are kept prepared and reused. */
    static void reuseStatements(Connection c) {
        IDLE.put(c, new HashMap<>());
    }

    /** Closes the statements kept for {@code c}; those prepared from now on are closed after each use again. */
    static void stopReusing(Connection c) throws SQLException {
        Map<String, PreparedStatement> idle = IDLE.remove(c);
        if (idle != null) {
            for (PreparedStatement ps : idle.values()) {
                ps.close();
            }
        }
    }

    /**
     * A statement for one use: a kept one when {@code c} reuses statements (taken out while in use, so a nested use
     * of the same SQL prepares its own), else a new one that {@link Lease#close} closes.
     */
    private static Lease prepare(Connection c, String sql) throws SQLException {
        Map<String, PreparedStatement> idle = IDLE.get(c);
        PreparedStatement kept = idle == null ? null : idle.remove(sql);
        return new Lease(kept != null ? kept : c.prepareStatement(sql), idle, sql);
    }

    private record Lease(PreparedStatement ps, Map<String, PreparedStatement> idle, String sql)
            implements AutoCloseable {
        @Override
        public void close() throws SQLException {
            if (idle == null || idle.putIfAbsent(sql, ps) != null) {
                ps.close();
            }
        }
    }

    @FunctionalInterface
    public interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    public static int update(Connection c, String sql, Object... params) throws SQLException {
        try (Lease lease = prepare(c, sql)) {
            bind(lease.ps(), params);
            return lease.ps().executeUpdate();
        }
    }

    /** Runs an INSERT and returns the new row id (every table inserted through here has an {@code id} column). */
    public static long insert(Connection c, String sql, Object... params) throws SQLException {
        if (onServer(c)) {
            return queryOne(c, sql + " RETURNING id", rs -> rs.getLong(1), params)
                    .orElseThrow();
        }
        try (Lease lease = prepare(c, sql)) {
            bind(lease.ps(), params);
            lease.ps().executeUpdate();
        }
        return queryOne(c, "SELECT last_insert_rowid()", rs -> rs.getLong(1)).orElseThrow();
    }

    /** True for a connection to a ledger on a PostgreSQL server, where a few statements are written differently. */
    public static boolean onServer(Connection c) throws SQLException {
        return c.isWrapperFor(org.postgresql.PGConnection.class);
    }

    public static <T> List<T> query(Connection c, String sql, RowMapper<T> mapper, Object... params)
            throws SQLException {
        try (Lease lease = prepare(c, sql)) {
            bind(lease.ps(), params);
            try (ResultSet rs = lease.ps().executeQuery()) {
                List<T> rows = new ArrayList<>();
                while (rs.next()) {
                    rows.add(mapper.map(rs));
                }
                return rows;
            }
        }
    }

    public static <T> Optional<T> queryOne(Connection c, String sql, RowMapper<T> mapper, Object... params)
            throws SQLException {
        List<T> rows = query(c, sql, mapper, params);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    /**
     * One row as its columns' text ("a, b, c"), the image the audit trail records; empty when no row matches
     * {@code where}.
     */
    public static java.util.Map<String, String> row(
            Connection c, String table, String columns, String where, Object... params) throws SQLException {
        return queryOne(
                        c,
                        "SELECT " + columns + " FROM " + table + " WHERE " + where,
                        rs -> {
                            java.util.Map<String, String> m = new java.util.LinkedHashMap<>();
                            for (String col : columns.split(",\\s*")) {
                                m.put(col, rs.getString(col));
                            }
                            return m;
                        },
                        params)
                .orElse(java.util.Map.of());
    }

    /** "(?,?,…)" for an IN list of {@code n} values. */
    public static String placeholders(int n) {
        return "(" + String.join(",", java.util.Collections.nCopies(n, "?")) + ")";
    }

    private static void bind(PreparedStatement ps, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            Object p = params[i];
            if (p instanceof Enum<?> e) {
                ps.setString(i + 1, e.name());
            } else if (p instanceof java.time.temporal.TemporalAccessor t) {
                ps.setString(i + 1, t.toString());
            } else if (p instanceof Boolean b) {
                ps.setInt(i + 1, b ? 1 : 0);
            } else {
                ps.setObject(i + 1, p);
            }
        }
    }
}
