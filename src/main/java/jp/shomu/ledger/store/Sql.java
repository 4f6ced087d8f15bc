package jp.shomu.ledger.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Small helpers so repositories read as SQL and always close their statements promptly. */
public final class Sql {
    private Sql() {}

    @FunctionalInterface
    public interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    public static int update(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            return ps.executeUpdate();
        }
    }

    /** Runs an INSERT and returns the new row id. */
    public static long insert(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            ps.executeUpdate();
        }
        return queryOne(c, "SELECT last_insert_rowid()", rs -> rs.getLong(1)).orElseThrow();
    }

    public static <T> List<T> query(Connection c, String sql, RowMapper<T> mapper, Object... params)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
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
