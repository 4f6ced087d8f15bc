package jp.shomu.ledger.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads any table a page at a time in key order ("WHERE (k1, k2) > (?, ?) ORDER BY k1, k2 LIMIT n"), so an export of
 * a large ledger never holds the file for more than one short page read. Table and column names come from the
 * export's own fixed list, never from a user; they are checked all the same.
 */
public final class TablePager {
    private static final Pattern NAME = Pattern.compile("[a-z_][a-z0-9_]*(\\.[a-z_][a-z0-9_]*)?");
    private static final Pattern FROM = Pattern.compile("[a-z0-9_ .=]+");

    private TablePager() {}

    /**
     * The names of the ledger's tables, in the order they were created. On a server the derived search tables are left
     * out (rebuilt from the cases, never data of their own; their arrays have no cell to go into).
     */
    public static List<String> tables(Connection c) throws SQLException {
        if (Sql.onServer(c)) {
            return Sql.query(
                    c,
                    "SELECT k.relname FROM pg_class k JOIN pg_namespace n ON n.oid = k.relnamespace"
                            + " WHERE n.nspname = 'public' AND k.relkind = 'r'"
                            + " AND k.relname NOT IN ('case_search', 'case_gram', 'faq_search', 'inquiry_search')"
                            + " ORDER BY k.oid",
                    rs -> rs.getString(1));
        }
        return Sql.query(
                c,
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY rowid",
                rs -> rs.getString(1));
    }

    /** The columns of {@code table}, in order (on a server without generated ones: they follow from the others). */
    public static List<String> columns(Connection c, String table) throws SQLException {
        check(table);
        if (Sql.onServer(c)) {
            return Sql.query(
                    c,
                    "SELECT attname FROM pg_attribute WHERE attrelid = to_regclass(?) AND attnum > 0"
                            + " AND NOT attisdropped AND attgenerated = '' ORDER BY attnum",
                    rs -> rs.getString(1),
                    table);
        }
        return Sql.query(c, "SELECT name FROM pragma_table_info(?) ORDER BY cid", rs -> rs.getString(1), table);
    }

    /** The primary key columns of {@code table}; empty for a table keyed by its rowid alone. */
    public static List<String> primaryKey(Connection c, String table) throws SQLException {
        check(table);
        if (Sql.onServer(c)) {
            return Sql.query(
                    c,
                    "SELECT a.attname FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid"
                            + " AND a.attnum = ANY(i.indkey) WHERE i.indrelid = to_regclass(?) AND i.indisprimary"
                            + " ORDER BY array_position(i.indkey, a.attnum)",
                    rs -> rs.getString(1),
                    table);
        }
        return Sql.query(
                c, "SELECT name FROM pragma_table_info(?) WHERE pk > 0 ORDER BY pk", rs -> rs.getString(1), table);
    }

    public static long count(Connection c, String from) throws SQLException {
        return Sql.queryOne(c, "SELECT COUNT(*) FROM " + checkFrom(from), rs -> rs.getLong(1))
                .orElse(0L);
    }

    /**
     * One page of rows after {@code afterKey} (null for the first page). Each row holds the selected values (Long,
     * Double, String or null); the key of the last row is at the end of the row, after the selected columns.
     */
    public static List<Object[]> page(
            Connection c, String from, List<String> columns, List<String> keys, Object[] afterKey, int limit)
            throws SQLException {
        columns.forEach(TablePager::check);
        keys.forEach(TablePager::check);
        String keyList = String.join(", ", keys);
        String where = afterKey == null
                ? ""
                : " WHERE (" + keyList + ") > (" + String.join(", ", Collections.nCopies(keys.size(), "?")) + ")";
        String sql = "SELECT " + String.join(", ", columns) + ", " + keyList + " FROM " + checkFrom(from) + where
                + " ORDER BY " + keyList + " LIMIT " + limit;
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            if (afterKey != null) {
                for (int i = 0; i < afterKey.length; i++) {
                    ps.setObject(i + 1, afterKey[i]);
                }
            }
            List<Object[]> rows = new ArrayList<>(limit);
            try (ResultSet rs = ps.executeQuery()) {
                int n = columns.size() + keys.size();
                while (rs.next()) {
                    Object[] row = new Object[n];
                    for (int i = 0; i < n; i++) {
                        row[i] = rs.getObject(i + 1);
                    }
                    rows.add(row);
                }
            }
            return rows;
        }
    }

    private static void check(String name) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("invalid identifier: " + name);
        }
    }

    private static String checkFrom(String from) {
        if (!FROM.matcher(from).matches()) {
            throw new IllegalArgumentException("invalid table expression: " + from);
        }
        return from;
    }
}
