package jp.shomu.ledger.store.tables;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import jp.shomu.ledger.domain.tables.Counts;
import jp.shomu.ledger.domain.tables.MeterReading;
import jp.shomu.ledger.store.AuditedRows;
import jp.shomu.ledger.store.Sql;
import jp.shomu.ledger.store.Tx;

/** The copiers' monthly counter readings, audited as entity {@value #ENTITY}. */
public final class MeterReadingRepository {
    public static final String ENTITY = "meter_reading";
    static final String COLUMNS = "id, copier_id, month, mono, colour, replaced, recorded_by, version";

    private MeterReadingRepository() {}

    public static long add(Tx tx, long copierId, YearMonth month, Counts counts, boolean replaced) throws SQLException {
        long id = Sql.insert(
                tx.connection(),
                "INSERT INTO meter_reading(copier_id, month, mono, colour, replaced, recorded_by) VALUES (?,?,?,?,?,?)",
                copierId,
                month.toString(),
                counts.mono(),
                counts.colour(),
                replaced,
                tx.actor());
        AuditedRows.audited(tx, ENTITY, "meter_reading", COLUMNS, id, "検針");
        return id;
    }

    /** Corrects a reading last read at {@code expectedVersion}; returns the new version. */
    public static long correct(Tx tx, long id, long expectedVersion, Counts counts, boolean replaced)
            throws SQLException {
        return AuditedRows.update(
                tx,
                ENTITY,
                "meter_reading",
                COLUMNS,
                "検針値",
                id,
                expectedVersion,
                "訂正",
                "mono = ?, colour = ?, replaced = ?, recorded_by = ?",
                counts.mono(),
                counts.colour(),
                replaced,
                tx.actor());
    }

    public static List<MeterReading> ofCopier(Connection c, long copierId) throws SQLException {
        return Sql.query(
                c,
                "SELECT " + COLUMNS + " FROM meter_reading WHERE copier_id = ? ORDER BY month",
                MeterReadingRepository::map,
                copierId);
    }

    public static List<MeterReading> all(Connection c) throws SQLException {
        return Sql.query(
                c, "SELECT " + COLUMNS + " FROM meter_reading ORDER BY copier_id, month", MeterReadingRepository::map);
    }

    public static Map<String, String> snapshot(Connection c, long id) throws SQLException {
        return AuditedRows.snapshot(c, "meter_reading", COLUMNS, id);
    }

    private static MeterReading map(ResultSet rs) throws SQLException {
        return new MeterReading(
                rs.getLong("id"),
                rs.getLong("copier_id"),
                YearMonth.parse(rs.getString("month")),
                new Counts(rs.getLong("mono"), rs.getLong("colour")),
                rs.getInt("replaced") == 1,
                rs.getLong("version"));
    }
}
