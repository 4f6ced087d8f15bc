package jp.shomu.ledger.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The schema versions, kept in PRAGMA user_version. A newer app migrates an older ledger inside one exclusive
 * transaction; an older app refuses a newer ledger. From V16 on, each script has a PostgreSQL twin in db/pg/, listed in
 * {@link PostgresSchema} (PostgresSchemaTest checks that none is missing).
 */
final class Migrations {
    /** Marks a SQLite file as a Shomu ledger ("SHMU"), so another program's database is refused. */
    static final int APPLICATION_ID = 0x53484D55;

    private static final List<String> SCRIPTS = List.of(
            "/db/V1__ledger.sql",
            "/db/V2__reports.sql",
            "/db/V3__security.sql",
            "/db/V4__search.sql",
            "/db/V5__frozen_months.sql",
            "/db/V6__desk.sql",
            "/db/V7__inquiries.sql",
            "/db/V8__centre.sql",
            "/db/V9__people.sql",
            "/db/V10__tables.sql",
            "/db/V11__links.sql",
            "/db/V12__seasonal.sql",
            "/db/V13__centre_more.sql",
            "/db/V14__desk_settings.sql",
            "/db/V15__bigram.sql",
            "/db/V16__table_edits.sql");
    static final int CURRENT = SCRIPTS.size();

    private Migrations() {}

    static void migrate(Connection c, int from) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("BEGIN EXCLUSIVE");
            try {
                for (int v = from; v < CURRENT; v++) {
                    for (String sql : statements(SCRIPTS.get(v))) {
                        st.execute(sql);
                    }
                }
                st.execute("PRAGMA application_id = " + APPLICATION_ID);
                st.execute("PRAGMA user_version = " + CURRENT);
                st.execute("COMMIT");
            } catch (SQLException | RuntimeException e) {
                st.execute("ROLLBACK");
                throw e;
            }
        }
    }

    /** Splits a script at semicolons, keeping a CREATE TRIGGER … BEGIN … END; together. */
    static List<String> split(String script) {
        List<String> result = new java.util.ArrayList<>();
        StringBuilder trigger = null;
        for (String part : script.split(";")) {
            String s = part.strip();
            if (trigger != null) {
                trigger.append(";\n").append(s);
                if (s.toUpperCase(java.util.Locale.ROOT).endsWith("END")) {
                    result.add(trigger.toString());
                    trigger = null;
                }
            } else if (s.toUpperCase(java.util.Locale.ROOT).startsWith("CREATE TRIGGER")) {
                trigger = new StringBuilder(s);
            } else if (!s.isEmpty()) {
                result.add(s);
            }
        }
        if (trigger != null) {
            throw new IllegalStateException("CREATE TRIGGER without END in a schema script");
        }
        return result;
    }

    private static List<String> statements(String resource) {
        try (InputStream in = Migrations.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("schema script missing: " + resource);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            StringBuilder withoutComments = new StringBuilder();
            for (String line : text.split("\n")) {
                int dash = line.indexOf("--");
                withoutComments
                        .append(dash >= 0 ? line.substring(0, dash) : line)
                        .append('\n');
            }
            return split(withoutComments.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
