package jp.shomu.ledger.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import jp.shomu.ledger.domain.ledger.LedgerLocation;

/**
 * Opens a connection to a ledger on a PostgreSQL server. The credentials are never part of the ledger or its location:
 * the user name is PGUSER or the OS user, the password PGPASSWORD or the user's .pgpass (the PostgreSQL client's own
 * settings, read by the driver). A save waits for another PC's at most {@link Ledger#MAX_WAIT_MS} (lock_timeout).
 */
final class PostgresConnections {
    private PostgresConnections() {}

    static Connection connect(LedgerLocation.Server at, boolean readOnly) throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", setting("PGUSER", System.getProperty("user.name")));
        String password = System.getenv("PGPASSWORD");
        if (password != null) {
            p.setProperty("password", password);
        }
        p.setProperty("ApplicationName", "ShomuLedger");
        // parameters bound as text take the column's type, as SQLite's do (ids typed as text, dates as text)
        p.setProperty("stringtype", "unspecified");
        p.setProperty("connectTimeout", "10");
        p.setProperty("tcpKeepAlive", "true");
        p.setProperty("readOnly", Boolean.toString(readOnly));
        String url = "jdbc:postgresql://" + at.host() + ":" + at.port() + "/" + at.database();
        Connection c = DriverManager.getConnection(url, p);
        try (Statement st = c.createStatement()) {
            st.execute("SET lock_timeout = '" + Ledger.MAX_WAIT_MS + "ms'");
            st.execute("SET TIME ZONE 'UTC'");
        } catch (SQLException e) {
            c.close();
            throw e;
        }
        return c;
    }

    private static String setting(String env, String fallback) {
        String v = System.getenv(env);
        return v == null || v.isBlank() ? fallback : v;
    }
}
