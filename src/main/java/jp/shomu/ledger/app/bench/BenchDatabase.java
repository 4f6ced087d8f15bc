package jp.shomu.ledger.app.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import jp.shomu.ledger.domain.errors.LedgerException;
import jp.shomu.ledger.domain.errors.LedgerProblem;
import jp.shomu.ledger.domain.ledger.LedgerLocation;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The benchmark's own databases on a PostgreSQL server: created for a run (as the file is) and dropped after it, so a
 * run never measures or damages a centre's ledger. The credentials are the app's: PGUSER or the OS user, PGPASSWORD or
 * the user's pgpass file; the user needs CREATEDB.
 */
final class BenchDatabase {
    private BenchDatabase() {}

    /** {@code --ledger FILE | postgresql://host[:port]/db} for the bench commands and their child processes. */
    static final class Converter implements ITypeConverter<LedgerLocation> {
        @Override
        public LedgerLocation convert(String value) {
            try {
                return LedgerLocation.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    /** Creates the database; one that already exists is refused (it may be someone's ledger). */
    static void create(LedgerLocation.Server db) {
        try (Connection c = maintenance(db);
                Statement st = c.createStatement()) {
            if (exists(st, db.database())) {
                throw new LedgerException(
                        LedgerProblem.ALREADY_EXISTS, "計測用のデータベースは新しく作ります。既にあるデータベースは使いません: " + db.display());
            }
            st.execute("CREATE DATABASE " + quoted(db.database()));
        } catch (SQLException e) {
            throw unreachable(db, e);
        }
    }

    /** A copy of {@code from} (no one may be connected to it), as the file harness copies the ledger file. */
    static void copy(LedgerLocation.Server from, LedgerLocation.Server to) {
        try (Connection c = maintenance(from);
                Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE " + quoted(to.database()) + " TEMPLATE " + quoted(from.database()));
        } catch (SQLException e) {
            throw unreachable(from, e);
        }
    }

    /** Drops the database, ending any session a killed writer left behind. */
    static void drop(LedgerLocation.Server db) {
        try (Connection c = maintenance(db);
                Statement st = c.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS " + quoted(db.database()) + " WITH (FORCE)");
        } catch (SQLException e) {
            throw unreachable(db, e);
        }
    }

    /** The same server, another database name (the raw comparison's copy). */
    static LedgerLocation.Server sibling(LedgerLocation.Server db, String suffix) {
        return new LedgerLocation.Server(db.host(), db.port(), db.database() + suffix);
    }

    /** A plain pgjdbc connection to {@code db}, as the app's user. */
    static Connection connect(LedgerLocation.Server db) throws SQLException {
        return connect(db, db.database());
    }

    private static Connection maintenance(LedgerLocation.Server db) throws SQLException {
        return connect(db, "postgres");
    }

    private static Connection connect(LedgerLocation.Server db, String database) throws SQLException {
        Properties p = new Properties();
        String user = System.getenv("PGUSER");
        p.setProperty("user", user == null || user.isBlank() ? System.getProperty("user.name") : user);
        String password = System.getenv("PGPASSWORD");
        if (password != null) {
            p.setProperty("password", password);
        }
        p.setProperty("ApplicationName", "ShomuLedger bench");
        p.setProperty("connectTimeout", "10");
        return DriverManager.getConnection("jdbc:postgresql://" + db.host() + ":" + db.port() + "/" + database, p);
    }

    private static boolean exists(Statement st, String name) throws SQLException {
        try (var rs = st.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + name.replace("'", "''") + "'")) {
            return rs.next();
        }
    }

    private static String quoted(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    private static LedgerException unreachable(LedgerLocation.Server db, SQLException e) {
        return new LedgerException(
                LedgerProblem.UNREACHABLE, "計測用のデータベースを準備できません: " + db.display() + "(" + e.getMessage() + ")");
    }
}
