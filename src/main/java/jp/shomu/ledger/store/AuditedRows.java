package jp.shomu.ledger.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import jp.shomu.ledger.domain.errors.ConflictException;

/**
 * The audit images of the tables edited row by row (the centre's records, the table screens): a row as its columns'
 * text, compared by verify with the last audit entry, and the versioned update they share.
 */
public final class AuditedRows {
    private AuditedRows() {}

    public static Map<String, String> snapshot(Connection c, String table, String columns, long id)
            throws SQLException {
        return Sql.queryOne(
                        c,
                        "SELECT " + columns + " FROM " + table + " WHERE id = ?",
                        rs -> {
                            Map<String, String> m = new LinkedHashMap<>();
                            for (String col : columns.split(", ")) {
                                m.put(col, rs.getString(col));
                            }
                            return m;
                        },
                        id)
                .orElse(Map.of());
    }

    public static void audited(Tx tx, String entity, String table, String columns, long id, String action)
            throws SQLException {
        tx.audit(entity, id, action, null, Json.write(snapshot(tx.connection(), table, columns, id)));
    }

    /**
     * Runs {@code UPDATE table SET assignments, version = version + 1 WHERE id = ? AND version = ?} and audits it.
     *
     * @throws ConflictException when someone else changed the row first
     */
    public static long update(
            Tx tx,
            String entity,
            String table,
            String columns,
            String what,
            long id,
            long expectedVersion,
            String action,
            String assignments,
            Object... values)
            throws SQLException {
        Map<String, String> before = snapshot(tx.connection(), table, columns, id);
        Object[] params = new Object[values.length + 2];
        System.arraycopy(values, 0, params, 0, values.length);
        params[values.length] = id;
        params[values.length + 1] = expectedVersion;
        int n = Sql.update(
                tx.connection(),
                "UPDATE " + table + " SET " + assignments + ", version = version + 1 WHERE id = ? AND version = ?",
                params);
        if (n == 0) {
            if (before.isEmpty()) {
                throw new jp.shomu.ledger.domain.cases.InvalidInputException(what + " " + id + " はありません");
            }
            throw new ConflictException(
                    what + " " + id + " は他の人が先に更新しました(あなたの版 " + expectedVersion + "、いまの版 " + before.get("version")
                            + ")。",
                    Long.parseLong(before.get("version")));
        }
        Map<String, String> after = snapshot(tx.connection(), table, columns, id);
        tx.audit(entity, id, action, Json.write(before), Json.write(after));
        return Long.parseLong(after.get("version"));
    }

    private static Map<String, String> withoutNulls(Map<String, String> row) {
        Map<String, String> m = new LinkedHashMap<>();
        row.forEach((k, v) -> m.put(k, v == null ? "" : v));
        return m;
    }

    public static String joined(java.util.List<?> values) {
        return String.join(",", values.stream().map(String::valueOf).toList());
    }

    public static java.util.List<String> split(String text) {
        return text == null || text.isBlank()
                ? java.util.List.of()
                : java.util.Arrays.stream(text.split(",")).map(String::strip).toList();
    }
}
