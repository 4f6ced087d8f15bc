package jp.shomu.ledger.store.months;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.YearMonth;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import jp.shomu.ledger.domain.audit.AuditEntities;
import jp.shomu.ledger.store.Json;
import jp.shomu.ledger.store.Sql;
import jp.shomu.ledger.store.Tx;

/**
 * Months the city has accepted, each with its report as issued. Rows are only ever added; the audit image carries
 * the workbook's SHA-256, so a file swapped behind the app's back is found by verify.
 */
public final class AcceptedMonthRepository {
    private AcceptedMonthRepository() {}

    /** An accepted month. */
    public record AcceptedMonth(
            long id,
            YearMonth month,
            byte[] workbook,
            String anchor,
            Map<String, String> totals,
            long acceptedBy,
            Instant acceptedAt,
            String note) {}

    public static long insert(
            Tx tx, YearMonth month, byte[] workbook, String anchor, Map<String, String> totals, long by, String note)
            throws SQLException {
        long id = Sql.insert(
                tx.connection(),
                "INSERT INTO accepted_month(month, workbook, anchor, totals, accepted_by, accepted_at, note)"
                        + " VALUES (?,?,?,?,?,?,?)",
                month.toString(),
                workbook,
                anchor,
                Json.write(new TreeMap<>(totals)),
                by,
                tx.now(),
                note);
        tx.audit(AuditEntities.ACCEPTED_MONTH, id, "受理", null, Json.write(snapshot(tx.connection(), id)));
        return id;
    }

    public static Optional<AcceptedMonth> find(Connection c, YearMonth month) throws SQLException {
        return Sql.queryOne(
                c,
                "SELECT id, month, workbook, anchor, totals, accepted_by, accepted_at, note FROM accepted_month"
                        + " WHERE month = ?",
                rs -> new AcceptedMonth(
                        rs.getLong(1),
                        YearMonth.parse(rs.getString(2)),
                        rs.getBytes(3),
                        rs.getString(4),
                        Json.readFlat(rs.getString(5)),
                        rs.getLong(6),
                        Instant.parse(rs.getString(7)),
                        rs.getString(8)),
                month.toString());
    }

    /** The row as the audit trail records it: the workbook by its SHA-256. */
    public static Map<String, String> snapshot(Connection c, long id) throws SQLException {
        return Sql.queryOne(
                        c,
                        "SELECT id, month, workbook, anchor, totals, accepted_by, accepted_at, note FROM accepted_month"
                                + " WHERE id = ?",
                        rs -> {
                            Map<String, String> m = new TreeMap<>();
                            m.put("id", Long.toString(rs.getLong(1)));
                            m.put("month", rs.getString(2));
                            m.put("workbook_sha256", sha256(rs.getBytes(3)));
                            m.put("anchor", rs.getString(4));
                            m.put("totals", rs.getString(5));
                            m.put("accepted_by", Long.toString(rs.getLong(6)));
                            m.put("accepted_at", rs.getString(7));
                            m.put("note", rs.getString(8));
                            return m;
                        },
                        id)
                .orElse(Map.of());
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
