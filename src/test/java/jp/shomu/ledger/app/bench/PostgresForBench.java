package jp.shomu.ledger.app.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import jp.shomu.ledger.domain.ledger.LedgerLocation;
import jp.shomu.ledger.testing.TestBackend;
import org.junit.jupiter.api.Assumptions;

/**
 * The PostgreSQL variants of the harness and crash tests: a database name of their own on the test server
 * (127.0.0.1:5432 unless -Dshomu.test.pghost/pgport), or a skip with one line when no server answers.
 */
final class PostgresForBench {
    private PostgresForBench() {}

    /** A database that does not exist yet, named for this test and process; skips the test without a server. */
    static LedgerLocation.Server databaseOrSkip(String test) {
        LedgerLocation.Server db = new LedgerLocation.Server(
                TestBackend.HOST,
                TestBackend.PORT,
                "shomu_bench_" + test + "_" + ProcessHandle.current().pid());
        boolean answers = exists(new LedgerLocation.Server(db.host(), db.port(), "postgres"), "postgres");
        if (!answers) {
            System.out.println("[PostgreSQL] " + db.host() + ":" + db.port() + " に PostgreSQL がないため、" + test
                    + " の PostgreSQL 版を飛ばします(SQLite 版は実行済み)");
        }
        Assumptions.assumeTrue(answers, "PostgreSQL がないため飛ばしました");
        return db;
    }

    /** True when {@code name} exists on the server of {@code on}; false also when no server answers. */
    static boolean exists(LedgerLocation.Server on, String name) {
        try (Connection c = BenchDatabase.connect(new LedgerLocation.Server(on.host(), on.port(), "postgres"));
                Statement st = c.createStatement();
                var rs = st.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + name + "'")) {
            return rs.next();
        } catch (SQLException e) {
            return false;
        }
    }
}
