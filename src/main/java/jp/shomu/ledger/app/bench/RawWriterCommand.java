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
import java.util.HexFormat;
import java.util.Random;
import java.util.concurrent.Callable;
import jp.shomu.ledger.domain.ledger.LedgerLocation;
import jp.shomu.ledger.store.Ledger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The baseline: plain sqlite-jdbc with SQLite's own busy handler (busy_timeout 5 s, no retries of our own) and
 * the same transaction shape as a case save — read the case, versioned update, rewrite its fields, append a
 * hash-chained audit row and move the chain head. On a PostgreSQL ledger the same statements through plain pgjdbc,
 * one at a time behind the app's advisory lock (the chain head allows only one writer; lock_timeout 5 s).
 */
@Command(name = "raw-writer", hidden = true)
final class RawWriterCommand implements Callable<Integer> {
    static final int RAW_BUSY_TIMEOUT_MS = 5000;

    @Option(names = "--ledger", required = true, converter = BenchDatabase.Converter.class)
    LedgerLocation ledger;

    @Option(names = "--dir", required = true)
    Path dir;

    @Option(names = "--index", required = true)
    int index;

    @Option(names = "--seconds", required = true)
    double seconds;

    @Option(names = "--pace", defaultValue = "0")
    int paceMillis;

    @Option(names = "--hot", defaultValue = "20")
    int hot;

    @Option(names = "--first-hot", defaultValue = "1")
    long firstHot;

    @Option(names = "--journal", defaultValue = "TRUNCATE")
    String journal;

    @Override
    public Integer call() throws Exception {
        Latencies latencies = new Latencies();
        Latencies holds = new Latencies();
        long commits = 0;
        long busy = 0;
        long errors = 0;
        String lastError = "";
        Random rnd = new Random(index * 31L + System.nanoTime());
        try (Connection c = open();
                Statement st = c.createStatement()) {
            Children.readyAndAwaitGo(dir, "raw-" + index);
            long end = System.nanoTime() + (long) (seconds * 1e9);
            while (System.nanoTime() < end) {
                if (paceMillis > 0) {
                    Thread.sleep(Math.max(
                            0,
                            Math.min(
                                    (long) (rnd.nextDouble() * 2 * paceMillis),
                                    (end - System.nanoTime()) / 1_000_000)));
                    if (System.nanoTime() >= end) {
                        break;
                    }
                }
                long id = firstHot + rnd.nextInt(hot);
                long started = System.nanoTime();
                try {
                    begin(st);
                    long locked = System.nanoTime();
                    try {
                        save(c, id, "raw " + index + "-" + rnd.nextInt(1_000_000));
                        st.execute("COMMIT");
                        commits++;
                        holds.add((System.nanoTime() - locked) / 1e6);
                    } catch (SQLException e) {
                        st.execute("ROLLBACK");
                        throw e;
                    }
                } catch (SQLException e) {
                    if (isBusy(e)) {
                        busy++;
                    } else {
                        errors++;
                    }
                    lastError = e.getMessage();
                }
                latencies.add((System.nanoTime() - started) / 1e6);
            }
        }
        new ChildResult()
                .put("commits", commits)
                .put("busy", busy)
                .put("errors", errors)
                .put("lastError", lastError)
                .put("latencies", latencies.encode())
                .put("holds", holds.encode())
                .write(dir.resolve("result-raw-" + index + ".txt"));
        return 0;
    }

    private Connection open() throws SQLException {
        if (ledger instanceof LedgerLocation.Server server) {
            Connection c = BenchDatabase.connect(server);
            try (Statement st = c.createStatement()) {
                st.execute("SET lock_timeout = '" + RAW_BUSY_TIMEOUT_MS + "ms'");
            }
            return c;
        }
        Connection c = DriverManager.getConnection("jdbc:sqlite:" + ledger.requireFile("raw-writer"));
        try (Statement st = c.createStatement()) {
            st.execute("PRAGMA journal_mode = " + journal);
            st.execute("PRAGMA synchronous = FULL");
            st.execute("PRAGMA busy_timeout = " + RAW_BUSY_TIMEOUT_MS);
        }
        return c;
    }

    private void begin(Statement st) throws SQLException {
        if (ledger.isServer()) {
            st.execute("BEGIN");
            st.execute("SELECT pg_advisory_xact_lock(" + Ledger.SERVER_WRITE_LOCK + ")");
        } else {
            st.execute("BEGIN IMMEDIATE");
        }
    }

    /** SQLite's busy error, or PostgreSQL's lock_timeout (SQLSTATE 55P03 lock_not_available). */
    private boolean isBusy(SQLException e) {
        if (ledger.isServer()) {
            return "55P03".equals(e.getSQLState());
        }
        return e.getMessage() != null && e.getMessage().contains("SQLITE_BUSY");
    }

    private static void save(Connection c, long id, String subject) throws SQLException {
        long version;
        try (PreparedStatement ps = c.prepareStatement("SELECT version FROM case_file WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                version = rs.getLong(1);
            }
        }
        String now = Instant.now().toString();
        exec(
                c,
                "UPDATE case_file SET subject = ?, updated_at = ?, version = version + 1 WHERE id = ? AND version = ?",
                subject,
                now,
                id,
                version);
        exec(c, "DELETE FROM case_field WHERE case_id = ?", id);
        exec(c, "INSERT INTO case_field(case_id, key, value) VALUES (?, 'receivedOn', '2027-04-12')", id);
        exec(c, "INSERT INTO case_field(case_id, key, value) VALUES (?, 'note', ?)", id, subject);
        String head;
        try (PreparedStatement ps = c.prepareStatement("SELECT value FROM meta WHERE key = 'audit_head'");
                ResultSet rs = ps.executeQuery()) {
            head = rs.next() ? rs.getString(1) : "0:" + "0".repeat(64);
        }
        long seq = Long.parseLong(head.substring(0, head.indexOf(':'))) + 1;
        String hash = sha256(head + subject + now);
        exec(
                c,
                "INSERT INTO audit_log(seq, at, actor, entity, entity_id, action, before, after, prev_hash, hash)"
                        + " VALUES (?, ?, 'raw', 'case', ?, '編集', ?, ?, ?, ?)",
                seq,
                now,
                String.valueOf(id),
                subject,
                subject,
                head.substring(head.indexOf(':') + 1),
                hash);
        exec(
                c,
                "INSERT INTO meta(key, value) VALUES ('audit_head', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                seq + ":" + hash);
    }

    private static void exec(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            ps.executeUpdate();
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
}
