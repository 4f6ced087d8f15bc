package jp.shomu.ledger.store.archive;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.shomu.ledger.store.Json;
import jp.shomu.ledger.store.Ledger;
import jp.shomu.ledger.store.Sql;
import jp.shomu.ledger.store.Tx;
import jp.shomu.ledger.store.cases.CaseRepository;
import jp.shomu.ledger.store.settings.StaffRepository;

/**
 * Copies cases, with every row that belongs to them, from a ledger into a new archive file of the same schema,
 * row for row (same ids, same text), and gives each copied case and staff member an audit entry in the archive's
 * own chain, so that {@code verify} passes on the archive. Each read of the ledger is one short statement.
 */
public final class ArchiveCopy {
    private ArchiveCopy() {}

    /** The catalog versions, the roster and the holiday overrides the archived cases refer to: all of them. */
    public static void copyReferenceData(Ledger from, Tx to) throws SQLException {
        Connection c = to.connection();
        copyReferenceRows(from, c);
        for (long version : Sql.query(c, "SELECT version FROM catalog_version ORDER BY version", rs -> rs.getLong(1))) {
            String sha = Sql.queryOne(
                            c, "SELECT sha256 FROM catalog_version WHERE version = ?", rs -> rs.getString(1), version)
                    .orElseThrow();
            to.audit(
                    "catalog",
                    version,
                    "アーカイブ受入",
                    null,
                    Json.write(Map.of("version", Long.toString(version), "sha256", sha)));
        }
        for (long id : Sql.query(c, "SELECT id FROM staff ORDER BY id", rs -> rs.getLong(1))) {
            to.audit("staff", id, "アーカイブ受入", null, Json.write(StaffRepository.snapshot(c, id)));
        }
    }

    /** Copies the cases {@code ids} (a page of a few hundred) with their fields and activity. */
    public static void copyCases(Ledger from, Tx to, List<Long> ids) throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        Connection c = to.connection();
        String in = Sql.placeholders(ids.size());
        Object[] params = ids.toArray();
        copyRows(from, c, "case_file", "SELECT * FROM case_file WHERE id IN " + in + " ORDER BY id", params);
        for (String table : List.of("case_field", "checklist_tick", "pause", "review", "time_entry", "comment")) {
            copyRows(from, c, table, "SELECT * FROM " + table + " WHERE case_id IN " + in, params);
        }
        copyRows(
                from,
                c,
                "review_error",
                "SELECT e.* FROM review_error e JOIN review r ON r.id = e.review_id" + " WHERE r.case_id IN " + in,
                params);
        for (long id : ids) {
            to.audit("case", id, "アーカイブ受入", null, Json.write(CaseRepository.snapshot(c, id)));
        }
    }

    /** The catalog versions, the roster and the holiday overrides, row for row, without audit entries. */
    static void copyReferenceRows(Ledger from, Connection to) throws SQLException {
        copyRows(from, to, "catalog_version", "SELECT * FROM catalog_version ORDER BY version");
        copyRows(from, to, "staff", "SELECT * FROM staff ORDER BY id");
        copyRows(from, to, "holiday_override", "SELECT * FROM holiday_override ORDER BY day");
    }

    private record Rows(List<String> columns, List<Object[]> values) {}

    /** Reads with one short statement on the ledger, then inserts the same values, column by column, into {@code to}. */
    static void copyRows(Ledger from, Connection to, String table, String select, Object... params)
            throws SQLException {
        Rows rows = from.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(select)) {
                for (int i = 0; i < params.length; i++) {
                    ps.setObject(i + 1, params[i]);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    ResultSetMetaData md = rs.getMetaData();
                    List<String> columns = new ArrayList<>();
                    for (int i = 1; i <= md.getColumnCount(); i++) {
                        columns.add(md.getColumnName(i));
                    }
                    List<Object[]> values = new ArrayList<>();
                    while (rs.next()) {
                        Object[] row = new Object[columns.size()];
                        for (int i = 0; i < row.length; i++) {
                            row[i] = rs.getObject(i + 1);
                        }
                        values.add(row);
                    }
                    return new Rows(columns, values);
                }
            }
        });
        if (rows.values().isEmpty()) {
            return;
        }
        String insert = "INSERT INTO " + table + "(" + String.join(", ", rows.columns()) + ") VALUES "
                + Sql.placeholders(rows.columns().size());
        try (PreparedStatement ps = to.prepareStatement(insert)) {
            for (Object[] row : rows.values()) {
                for (int i = 0; i < row.length; i++) {
                    ps.setObject(i + 1, row[i]);
                }
                ps.executeUpdate();
            }
        }
    }
}
