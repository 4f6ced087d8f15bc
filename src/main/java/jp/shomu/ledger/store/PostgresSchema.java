package jp.shomu.ledger.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Optional;

/**
 * The schema of a ledger on PostgreSQL. A new database gets the whole schema of the current version in one script
 * (db/pg/V15__ledger.sql); each later version adds its own script here beside the SQLite one. The version and the
 * ledger's mark live in meta (PostgreSQL has no user_version or application_id).
 */
final class PostgresSchema {
    static final String VERSION_KEY = "schema_version";
    static final String APPLICATION_KEY = "application_id";

    /** The version the consolidated script creates. */
    private static final int BASE = 15;

    /** Scripts after {@link #BASE}, by the version they bring the database to. */
    private static final Map<Integer, String> LATER = Map.of(16, "/db/pg/V16__table_edits.sql");

    private PostgresSchema() {}

    /** Creates every table in an empty database, in the caller's transaction. */
    static void create(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute(script("/db/pg/V15__ledger.sql"));
            for (int v = BASE + 1; v <= Migrations.CURRENT; v++) {
                st.execute(script(later(v)));
            }
        }
        Sql.update(
                c,
                "INSERT INTO meta(key, value) VALUES (?, ?)",
                APPLICATION_KEY,
                Integer.toString(Migrations.APPLICATION_ID));
        Sql.update(c, "INSERT INTO meta(key, value) VALUES (?, ?)", VERSION_KEY, Integer.toString(Migrations.CURRENT));
    }

    /** Brings a database of {@code from} to the current version, in the caller's transaction. */
    static void migrate(Connection c, int from) throws SQLException {
        try (Statement st = c.createStatement()) {
            for (int v = from + 1; v <= Migrations.CURRENT; v++) {
                st.execute(script(later(v)));
            }
        }
        Sql.update(c, "UPDATE meta SET value = ? WHERE key = ?", Integer.toString(Migrations.CURRENT), VERSION_KEY);
    }

    /** The ledger's mark and version, or empty when the database holds no meta table (not a ledger, or empty). */
    static Optional<int[]> markAndVersion(Connection c) throws SQLException {
        boolean hasMeta = Sql.queryOne(c, "SELECT to_regclass('meta') IS NOT NULL", rs -> rs.getBoolean(1))
                .orElse(false);
        if (!hasMeta) {
            return Optional.empty();
        }
        int mark = Sql.queryOne(c, "SELECT value FROM meta WHERE key = ?", rs -> rs.getInt(1), APPLICATION_KEY)
                .orElse(0);
        int version = Sql.queryOne(c, "SELECT value FROM meta WHERE key = ?", rs -> rs.getInt(1), VERSION_KEY)
                .orElse(0);
        return Optional.of(new int[] {mark, version});
    }

    /**
     * Inside the caller's transaction: waits for any other creation in this database to finish (an advisory lock held to
     * the end of the transaction), then refuses with {@code refusal} unless the database is still empty. Two inits or
     * migrations started at once into one empty database: the first builds the ledger, the second is refused.
     */
    static void claimEmpty(Connection c, java.util.function.Supplier<RuntimeException> refusal) throws SQLException {
        Sql.query(c, "SELECT pg_advisory_xact_lock(?)", rs -> 1, CREATION_LOCK);
        if (objectsInPublic(c) > 0) {
            throw refusal.get();
        }
    }

    /** The advisory lock of creating a ledger in a database ("SHMC"); saves take another one. */
    private static final long CREATION_LOCK = 0x53484D43L;

    /** The number of tables, views and sequences in the public schema: a database for a new ledger holds none. */
    static int objectsInPublic(Connection c) throws SQLException {
        return Sql.queryOne(
                        c,
                        "SELECT COUNT(*) FROM pg_class k JOIN pg_namespace n ON n.oid = k.relnamespace"
                                + " WHERE n.nspname = 'public' AND k.relkind IN ('r','v','m','S','p','f')",
                        rs -> rs.getInt(1))
                .orElse(0);
    }

    static String later(int version) {
        String script = LATER.get(version);
        if (script == null) {
            throw new IllegalStateException("PostgreSQL schema script missing for version " + version);
        }
        return script;
    }

    static String script(String resource) {
        try (InputStream in = PostgresSchema.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("schema script missing: " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
