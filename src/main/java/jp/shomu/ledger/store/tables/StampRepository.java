package jp.shomu.ledger.store.tables;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import jp.shomu.ledger.domain.tables.StampEntry;
import jp.shomu.ledger.store.AuditedRows;
import jp.shomu.ledger.store.Sql;
import jp.shomu.ledger.store.Tx;

/** The stamp register's lines and month-end counts (6-1), audited as {@value #ENTITY} and {@value #COUNT_ENTITY}. */
public final class StampRepository {
    public static final String ENTITY = "stamp_entry";
    public static final String COUNT_ENTITY = "stamp_count";
    static final String COLUMNS =
            "id, month, kind, denomination, quantity, department, recorded_by, recorded_on, version";
    static final String COUNT_COLUMNS = "id, month, denomination, counted, counted_by, version";

    private StampRepository() {}

    public static long add(Tx tx, StampEntry e) throws SQLException {
        long id = Sql.insert(
                tx.connection(),
                "INSERT INTO stamp_entry(month, kind, denomination, quantity, department, recorded_by, recorded_on)"
                        + " VALUES (?,?,?,?,?,?,?)",
                e.month().toString(),
                e.kind(),
                e.denomination(),
                e.quantity(),
                e.department(),
                tx.actor(),
                tx.today());
        AuditedRows.audited(tx, ENTITY, "stamp_entry", COLUMNS, id, e.kind() == StampEntry.Kind.RECEIVED ? "受入" : "払出");
        return id;
    }

    public static List<StampEntry> all(Connection c) throws SQLException {
        return Sql.query(
                c,
                "SELECT " + COLUMNS + " FROM stamp_entry ORDER BY month, id",
                rs -> new StampEntry(
                        rs.getLong("id"),
                        YearMonth.parse(rs.getString("month")),
                        StampEntry.Kind.valueOf(rs.getString("kind")),
                        rs.getLong("denomination"),
                        rs.getLong("quantity"),
                        rs.getString("department"),
                        rs.getLong("version")));
    }

    /** Records the stamps of a denomination counted at the month's end (a recount replaces it, audited). */
    public static void count(Tx tx, YearMonth month, long denomination, long counted) throws SQLException {
        Optional<long[]> now = Sql.queryOne(
                tx.connection(),
                "SELECT id, version FROM stamp_count WHERE month = ? AND denomination = ?",
                rs -> new long[] {rs.getLong(1), rs.getLong(2)},
                month.toString(),
                denomination);
        if (now.isPresent()) {
            AuditedRows.update(
                    tx,
                    COUNT_ENTITY,
                    "stamp_count",
                    COUNT_COLUMNS,
                    "切手の実査",
                    now.get()[0],
                    now.get()[1],
                    "再実査",
                    "counted = ?, counted_by = ?",
                    counted,
                    tx.actor());
            return;
        }
        long id = Sql.insert(
                tx.connection(),
                "INSERT INTO stamp_count(month, denomination, counted, counted_by) VALUES (?,?,?,?)",
                month.toString(),
                denomination,
                counted,
                tx.actor());
        AuditedRows.audited(tx, COUNT_ENTITY, "stamp_count", COUNT_COLUMNS, id, "実査");
    }

    /** The month's counts by denomination. */
    public static Map<Long, Long> counts(Connection c, YearMonth month) throws SQLException {
        Map<Long, Long> counts = new TreeMap<>();
        Sql.query(
                c,
                "SELECT denomination, counted FROM stamp_count WHERE month = ?",
                rs -> counts.put(rs.getLong(1), rs.getLong(2)),
                month.toString());
        return counts;
    }

    public static Map<String, String> snapshot(Connection c, long id) throws SQLException {
        return AuditedRows.snapshot(c, "stamp_entry", COLUMNS, id);
    }

    public static Map<String, String> countSnapshot(Connection c, long id) throws SQLException {
        return AuditedRows.snapshot(c, "stamp_count", COUNT_COLUMNS, id);
    }
}
