package jp.shomu.ledger.store.tables;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.shomu.ledger.domain.tables.Counts;
import jp.shomu.ledger.domain.tables.MeterReading;
import jp.shomu.ledger.store.AuditedRows;
import jp.shomu.ledger.store.Sql;
import jp.shomu.ledger.store.Tx;

/**
 * The copiers' monthly counter readings, audited as entity {@value #ENTITY}, and the counters a replaced meter started
 * at, audited as {@value #REPLACEMENT_ENTITY} (kept only when they are not 0).
 */
public final class MeterReadingRepository {
    public static final String ENTITY = "meter_reading";
    public static final String REPLACEMENT_ENTITY = "meter_replacement";
    static final String COLUMNS = "id, copier_id, month, mono, colour, replaced, recorded_by, version";
    static final String REPLACEMENT_COLUMNS = "id, reading_id, start_mono, start_colour, version";
    private static final String SELECT = "SELECT r.id, r.copier_id, r.month, r.mono, r.colour, r.replaced, r.version,"
            + " COALESCE(s.start_mono, 0) AS start_mono, COALESCE(s.start_colour, 0) AS start_colour"
            + " FROM meter_reading r LEFT JOIN meter_replacement s ON s.reading_id = r.id";

    private MeterReadingRepository() {}

    public static long add(Tx tx, long copierId, YearMonth month, Counts counts, boolean replaced) throws SQLException {
        return add(tx, copierId, month, counts, replaced, Counts.ZERO);
    }

    /** Records a reading; {@code newStart}: the counters a replaced meter started at. */
    public static long add(Tx tx, long copierId, YearMonth month, Counts counts, boolean replaced, Counts newStart)
            throws SQLException {
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
        setStart(tx, id, replaced ? newStart : Counts.ZERO);
        return id;
    }

    /** Corrects a reading last read at {@code expectedVersion}; returns the new version. */
    public static long correct(Tx tx, long id, long expectedVersion, Counts counts, boolean replaced, Counts newStart)
            throws SQLException {
        long version = AuditedRows.update(
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
        setStart(tx, id, replaced ? newStart : Counts.ZERO);
        return version;
    }

    /** Keeps the new meter's start counters of a reading (a row only once they are not 0). */
    private static void setStart(Tx tx, long readingId, Counts start) throws SQLException {
        Optional<long[]> now = Sql.queryOne(
                tx.connection(),
                "SELECT id, version, start_mono, start_colour FROM meter_replacement WHERE reading_id = ?",
                rs -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)},
                readingId);
        if (now.isPresent()) {
            if (now.get()[2] != start.mono() || now.get()[3] != start.colour()) {
                AuditedRows.update(
                        tx,
                        REPLACEMENT_ENTITY,
                        "meter_replacement",
                        REPLACEMENT_COLUMNS,
                        "メーター交換",
                        now.get()[0],
                        now.get()[1],
                        "訂正",
                        "start_mono = ?, start_colour = ?",
                        start.mono(),
                        start.colour());
            }
        } else if (!start.equals(Counts.ZERO)) {
            long id = Sql.insert(
                    tx.connection(),
                    "INSERT INTO meter_replacement(reading_id, start_mono, start_colour) VALUES (?,?,?)",
                    readingId,
                    start.mono(),
                    start.colour());
            AuditedRows.audited(tx, REPLACEMENT_ENTITY, "meter_replacement", REPLACEMENT_COLUMNS, id, "メーター交換");
        }
    }

    public static List<MeterReading> ofCopier(Connection c, long copierId) throws SQLException {
        return Sql.query(c, SELECT + " WHERE r.copier_id = ? ORDER BY r.month", MeterReadingRepository::map, copierId);
    }

    public static List<MeterReading> all(Connection c) throws SQLException {
        return Sql.query(c, SELECT + " ORDER BY r.copier_id, r.month", MeterReadingRepository::map);
    }

    public static Map<String, String> snapshot(Connection c, long id) throws SQLException {
        return AuditedRows.snapshot(c, "meter_reading", COLUMNS, id);
    }

    public static Map<String, String> replacementSnapshot(Connection c, long id) throws SQLException {
        return AuditedRows.snapshot(c, "meter_replacement", REPLACEMENT_COLUMNS, id);
    }

    private static MeterReading map(ResultSet rs) throws SQLException {
        return new MeterReading(
                rs.getLong("id"),
                rs.getLong("copier_id"),
                YearMonth.parse(rs.getString("month")),
                new Counts(rs.getLong("mono"), rs.getLong("colour")),
                rs.getInt("replaced") == 1,
                new Counts(rs.getLong("start_mono"), rs.getLong("start_colour")),
                rs.getLong("version"));
    }
}
