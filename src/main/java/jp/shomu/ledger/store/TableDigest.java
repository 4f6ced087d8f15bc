package jp.shomu.ledger.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * A SHA-256 over one table's rows, so a copy of a ledger on another backend can be compared with its source table by
 * table (issue #19, migrate). The rows are read in the same order on both backends (primary key, text keys in byte
 * order: SQLite's BINARY, PostgreSQL's "C"), each value as text (numbers in their decimal form, bytes in hex, an
 * audit image as its JSON text whether it is stored compressed or not), so equal rows give equal digests whatever
 * the column types of the backend.
 */
public final class TableDigest {
    private static final byte[] NULL = {0};
    private final MessageDigest sha;
    private long rows;

    public TableDigest() {
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Adds one row (values as read by {@link #each}). */
    public void add(Object[] row) {
        sha.update(Long.toString(row.length).getBytes(StandardCharsets.US_ASCII));
        for (Object value : row) {
            byte[] bytes = value == null ? NULL : text(value).getBytes(StandardCharsets.UTF_8);
            // a length before each value and a mark for null: ("ab", "c") and ("a", "bc"), "" and null all differ
            sha.update((byte) (value == null ? 'n' : 'v'));
            sha.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
            sha.update((byte) ':');
            sha.update(bytes);
        }
        rows++;
    }

    public long rows() {
        return rows;
    }

    /** The digest in hex; ends this digest. */
    public String hex() {
        return HexFormat.of().formatHex(sha.digest());
    }

    /** The digest of {@code table}'s rows ({@code columns} in this order), read as {@link #each} reads them. */
    public static TableDigest of(Connection c, String table, List<String> columns) throws SQLException {
        TableDigest d = new TableDigest();
        each(c, table, columns, d::add);
        return d;
    }

    /** What a value is as text, the same on both backends. */
    static String text(Object value) {
        if (value instanceof byte[] bytes) {
            return HexFormat.of().formatHex(bytes);
        }
        if (value instanceof Integer i) {
            return Long.toString(i);
        }
        return value.toString();
    }

    /** Receives the rows of a table one by one. */
    @FunctionalInterface
    public interface RowSink {
        void row(Object[] values) throws SQLException;
    }

    /**
     * Streams the rows of {@code table} in the order both backends share, {@code columns} in the order given. Audit
     * images come as their JSON text; in meta the keys of the backend itself (PostgreSQL's mark and version) are left
     * out. Returns the number of rows. On a server the rows are fetched in pages (the caller's transaction).
     */
    public static long each(Connection c, String table, List<String> columns, RowSink sink) throws SQLException {
        boolean server = Sql.onServer(c);
        List<String> order = new ArrayList<>();
        for (String key : keys(c, table, columns)) {
            order.add(server && isText(c, table, key) ? key + " COLLATE \"C\"" : key);
        }
        String where = table.equals("meta")
                ? " WHERE key NOT IN ('" + PostgresSchema.APPLICATION_KEY + "', '" + PostgresSchema.VERSION_KEY + "')"
                : "";
        String sql = "SELECT " + String.join(", ", columns) + " FROM " + table + where + " ORDER BY "
                + String.join(", ", order);
        int before = table.equals("audit_log") ? columns.indexOf("before") : -1;
        int after = table.equals("audit_log") ? columns.indexOf("after") : -1;
        long n = 0;
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setFetchSize(2000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Object[] row = new Object[columns.size()];
                    for (int i = 0; i < row.length; i++) {
                        Object v = rs.getObject(i + 1);
                        if (i == before || i == after) {
                            v = AuditImages.text(v);
                        }
                        row[i] = v instanceof Integer x ? Long.valueOf(x) : v;
                    }
                    sink.row(row);
                    n++;
                }
            }
        }
        return n;
    }

    /** The table's primary key; all its columns if it had none (no ledger table lacks one today). */
    private static List<String> keys(Connection c, String table, List<String> columns) throws SQLException {
        List<String> keys = TablePager.primaryKey(c, table);
        return keys.isEmpty() ? columns : keys;
    }

    private static boolean isText(Connection c, String table, String column) throws SQLException {
        return Sql.queryOne(
                        c,
                        "SELECT atttypid = 'text'::regtype FROM pg_attribute WHERE attrelid = to_regclass(?)"
                                + " AND attname = ?",
                        rs -> rs.getBoolean(1),
                        table,
                        column)
                .orElse(false);
    }
}
