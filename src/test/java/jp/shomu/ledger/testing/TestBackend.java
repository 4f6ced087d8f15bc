package jp.shomu.ledger.testing;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import jp.shomu.ledger.domain.ledger.LedgerLocation;
import jp.shomu.ledger.service.LedgerContext;
import jp.shomu.ledger.store.Ledger;

/**
 * The backend the store and service tests run on (issue #19). By default each test's ledger is a file in its
 * temporary folder; with {@code -Dshomu.test.backend=postgresql} (the second surefire run of {@code mvn verify}) the
 * same path stands for a new database on the PostgreSQL server at 127.0.0.1:5432, created for that test and dropped
 * when the run ends. Tests name their ledger by a path either way, so one test body covers both backends.
 */
public final class TestBackend {
    public static final String PROPERTY = "shomu.test.backend";
    public static final String HOST = System.getProperty("shomu.test.pghost", "127.0.0.1");
    public static final int PORT = Integer.getInteger("shomu.test.pgport", 5432);

    private static final Map<Path, LedgerLocation> DATABASES = new ConcurrentHashMap<>();
    private static final List<String> CREATED = new CopyOnWriteArrayList<>();
    private static final AtomicInteger NEXT = new AtomicInteger();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(TestBackend::dropAll));
    }

    private TestBackend() {}

    /** True in the PostgreSQL run. */
    public static boolean onServer() {
        return "postgresql".equals(System.getProperty(PROPERTY));
    }

    /** Where the ledger a test calls {@code file} lives in this run: that file, or its own server database. */
    public static LedgerLocation location(Path file) {
        if (!onServer()) {
            return LedgerLocation.of(file);
        }
        return DATABASES.computeIfAbsent(file.toAbsolutePath(), f -> newDatabase());
    }

    public static Ledger create(Path file, Clock clock) {
        return Ledger.create(location(file), clock);
    }

    public static Ledger open(Path file, Clock clock) {
        return Ledger.open(location(file), clock);
    }

    public static LedgerContext openContext(Path file, Clock clock) {
        return LedgerContext.open(location(file), clock);
    }

    /**
     * A plain connection to the ledger a test calls {@code file}, as "another tool" would open it (no app checks, no
     * busy handling): for the tests that change rows behind the app's back and expect verify to name them.
     */
    public static Connection rawConnection(Path file) throws SQLException {
        if (location(file) instanceof LedgerLocation.Server s) {
            return connect(s.database());
        }
        return DriverManager.getConnection("jdbc:sqlite:" + file);
    }

    /** A connection to the server's maintenance database, as the OS user (trust authentication on test machines). */
    static Connection admin() throws SQLException {
        return connect("postgres");
    }

    /** A plain connection to {@code database} on the test server, as the OS user; parameters typed as SQLite's are. */
    static Connection connect(String database) throws SQLException {
        java.util.Properties p = new java.util.Properties();
        p.setProperty("user", System.getProperty("user.name"));
        p.setProperty("connectTimeout", "5");
        p.setProperty("stringtype", "unspecified");
        return DriverManager.getConnection("jdbc:postgresql://" + HOST + ":" + PORT + "/" + database, p);
    }

    /** Drops the databases of earlier runs whose process is gone (killed before its shutdown hook could drop them). */
    private static void dropLeftovers(Statement st) throws SQLException {
        List<String> stale = new java.util.ArrayList<>();
        try (java.sql.ResultSet rs =
                st.executeQuery("SELECT datname FROM pg_database WHERE datname LIKE 'shomu\\_test\\_%'")) {
            while (rs.next()) {
                String name = rs.getString(1);
                String[] parts = name.split("_");
                if (parts.length == 4
                        && parts[2].matches("[0-9]+")
                        && ProcessHandle.of(Long.parseLong(parts[2])).isEmpty()) {
                    stale.add(name);
                }
            }
        }
        for (String name : stale) {
            st.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
    }

    private static LedgerLocation newDatabase() {
        String name = "shomu_test_" + ProcessHandle.current().pid() + "_" + NEXT.incrementAndGet();
        try (Connection c = admin();
                Statement st = c.createStatement()) {
            if (NEXT.get() == 1) {
                dropLeftovers(st);
            }
            st.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("テスト用のデータベースを作れません: " + name + " (" + e.getMessage() + ")", e);
        }
        CREATED.add(name);
        return new LedgerLocation.Server(HOST, PORT, name);
    }

    private static void dropAll() {
        if (CREATED.isEmpty()) {
            return;
        }
        try (Connection c = admin();
                Statement st = c.createStatement()) {
            for (String name : CREATED) {
                st.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            }
        } catch (SQLException e) {
            System.err.println("テスト用のデータベースを消せませんでした: " + CREATED + " (" + e.getMessage() + ")");
        }
    }
}
