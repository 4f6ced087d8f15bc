package jp.shomu.ledger.testing;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import jp.shomu.ledger.domain.ledger.LedgerLocation;
import org.junit.jupiter.api.Assumptions;

/**
 * An empty database on the test PostgreSQL server (127.0.0.1:5432), created for one test and dropped when closed;
 * the test is skipped (with a line saying why) when no server answers. For tests that need a server database in
 * the ordinary run too (migrate, file ⇄ server).
 */
public final class ScratchDatabase implements AutoCloseable {
    private static final AtomicInteger NEXT = new AtomicInteger();
    private final String name;

    private ScratchDatabase(String name) {
        this.name = name;
    }

    public static ScratchDatabase create() {
        String name = "shomu_migrate_" + ProcessHandle.current().pid() + "_" + NEXT.incrementAndGet();
        try (Connection c = TestBackend.admin();
                Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            Assumptions.abort(
                    "PostgreSQL (" + TestBackend.HOST + ":" + TestBackend.PORT + ") がないため飛ばしました: " + e.getMessage());
        }
        return new ScratchDatabase(name);
    }

    public LedgerLocation location() {
        return new LedgerLocation.Server(TestBackend.HOST, TestBackend.PORT, name);
    }

    public String url() {
        return "postgresql://" + TestBackend.HOST + ":" + TestBackend.PORT + "/" + name;
    }

    /** A plain connection to this database, as another tool would open it. */
    public Connection connect() throws SQLException {
        return TestBackend.connect(name);
    }

    /** The number of tables in the public schema. */
    public int tables() throws SQLException {
        try (Connection c = connect();
                Statement st = c.createStatement();
                var rs = st.executeQuery("SELECT COUNT(*) FROM pg_tables WHERE schemaname = 'public'")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    @Override
    public void close() throws SQLException {
        try (Connection c = TestBackend.admin();
                Statement st = c.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
    }
}
