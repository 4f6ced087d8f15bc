package jp.shomu.ledger.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Inserts many rows into one table with multi-row INSERT statements (a few hundred rows a statement, within both
 * backends' limit on parameters): one round trip per batch instead of one per row. For meta, each key is written
 * over what the new ledger already holds.
 */
final class BatchInsert implements AutoCloseable {
    /** Parameters per statement: under SQLite's 32,766 and PostgreSQL's 65,535. */
    private static final int MAX_PARAMETERS = 30_000;

    private static final int MAX_ROWS = 500;

    private final Connection c;
    private final String table;
    private final List<String> columns;
    private final boolean upsert;
    private final int rowsPerStatement;
    private final List<Object[]> pending = new ArrayList<>();
    private PreparedStatement full;

    BatchInsert(Connection c, String table, List<String> columns, boolean upsert) {
        this.c = c;
        this.table = table;
        this.columns = columns;
        this.upsert = upsert;
        this.rowsPerStatement = upsert ? 1 : Math.max(1, Math.min(MAX_ROWS, MAX_PARAMETERS / columns.size()));
    }

    void add(Object[] row) throws SQLException {
        pending.add(row);
        if (pending.size() == rowsPerStatement) {
            if (full == null) {
                full = c.prepareStatement(sql(rowsPerStatement));
            }
            run(full);
        }
    }

    private void run(PreparedStatement ps) throws SQLException {
        int i = 1;
        for (Object[] row : pending) {
            for (Object value : row) {
                ps.setObject(i++, value);
            }
        }
        ps.executeUpdate();
        pending.clear();
    }

    private String sql(int rows) {
        String one = "(" + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
        String sql = "INSERT INTO " + table + "(" + String.join(", ", columns) + ") VALUES "
                + String.join(", ", Collections.nCopies(rows, one));
        return upsert ? sql + " ON CONFLICT(key) DO UPDATE SET value = excluded.value" : sql;
    }

    /** Writes the rows still waiting. */
    @Override
    public void close() throws SQLException {
        try {
            if (!pending.isEmpty()) {
                try (PreparedStatement rest = c.prepareStatement(sql(pending.size()))) {
                    run(rest);
                }
            }
        } finally {
            if (full != null) {
                full.close();
            }
        }
    }
}
