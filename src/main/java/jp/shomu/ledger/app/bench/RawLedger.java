package jp.shomu.ledger.app.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.YearMonth;
import java.util.HexFormat;

/**
 * The raw-SQLite baseline of {@code bench ledger}: the same SQL on a plain sqlite-jdbc connection, no
 * repositories, no mapping to domain objects — so the ratio shows what the app's layers cost. Its save does the
 * same page writes as an app save without touching the audit chain (see {@link #save}), so verify still passes.
 */
final class RawLedger implements AutoCloseable {
    static final String COLUMNS = "SELECT f.id, f.type_code, f.subject, f.status, f.received_on, f.due_on, f.warn_on,"
            + " f.completed_on, f.assignee_id, s.name, f.version FROM ";
    private final Connection c;

    RawLedger(Path file) throws SQLException {
        c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
        try (Statement st = c.createStatement()) {
            st.execute("PRAGMA busy_timeout = 5000");
            st.execute("PRAGMA synchronous = FULL");
            st.execute("PRAGMA journal_mode = TRUNCATE");
            st.execute("CREATE TABLE IF NOT EXISTS bench_audit AS SELECT * FROM audit_log WHERE 0");
        }
    }

    /** The case list's SQL as CaseListQueries builds it: {@code from} names case_file as f. */
    int list(String from, String where, String orderBy, int limit, Object... params) throws SQLException {
        return rows(
                COLUMNS + from + " LEFT JOIN staff s ON s.id = f.assignee_id WHERE " + where + " ORDER BY " + orderBy
                        + " LIMIT " + limit,
                params);
    }

    int list(String where, int limit, Object... params) throws SQLException {
        return list("case_file f", where, "f.id DESC", limit, params);
    }

    int monthFigures(YearMonth month) throws SQLException {
        return rows(
                MonthFigures.SQL,
                month.atDay(1).toString(),
                month.atEndOfMonth().toString());
    }

    /**
     * The writes of a save in plain JDBC: read the version, rewrite the case row and its fields with the same
     * values, append an audit-sized row (to bench_audit, so the real chain stays intact) and rewrite the chain head.
     */
    void save(long id) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("BEGIN IMMEDIATE");
            try {
                long version = 0;
                try (PreparedStatement ps = c.prepareStatement("SELECT version FROM case_file WHERE id = ?")) {
                    ps.setLong(1, id);
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        version = rs.getLong(1);
                    }
                }
                exec(
                        "UPDATE case_file SET subject = subject, updated_at = updated_at WHERE id = ? AND version = ?",
                        id,
                        version);
                exec("CREATE TEMP TABLE IF NOT EXISTS f AS SELECT * FROM case_field WHERE 0");
                exec("INSERT INTO temp.f SELECT * FROM case_field WHERE case_id = ?", id);
                exec("DELETE FROM case_field WHERE case_id = ?", id);
                exec("INSERT INTO case_field SELECT * FROM temp.f");
                exec("DELETE FROM temp.f");
                String now = Instant.now().toString();
                exec(
                        "INSERT INTO bench_audit(seq, at, actor, entity, entity_id, action, before, after, prev_hash, hash)"
                                + " SELECT seq, ?, actor, entity, entity_id, action, before, after, prev_hash, ? FROM audit_log"
                                + " WHERE entity = 'case' AND entity_id = ? ORDER BY seq DESC LIMIT 1",
                        now,
                        sha256(now + id),
                        String.valueOf(id));
                exec("UPDATE meta SET value = value WHERE key = 'audit_head'");
                st.execute("COMMIT");
            } catch (SQLException e) {
                st.execute("ROLLBACK");
                throw e;
            }
        }
    }

    private void exec(String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            ps.executeUpdate();
        }
    }

    private int rows(String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            int n = 0;
            try (ResultSet rs = ps.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    for (int i = 1; i <= columns; i++) {
                        rs.getString(i);
                    }
                    n++;
                }
            }
            return n;
        }
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() throws SQLException {
        c.close();
    }
}
