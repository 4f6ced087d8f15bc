package jp.shomu.ledger.store.tables;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.shomu.ledger.domain.tables.Copier;
import jp.shomu.ledger.domain.tables.Counts;
import jp.shomu.ledger.store.AuditedRows;
import jp.shomu.ledger.store.Sql;
import jp.shomu.ledger.store.Tx;

/** The multifunction printers of 6-2, audited as entity {@value #ENTITY}. */
public final class CopierRepository {
    public static final String ENTITY = "copier";
    static final String COLUMNS =
            "id, code, department, mono_price_sen, colour_price_sen, start_mono, start_colour, version";

    private CopierRepository() {}

    public static long add(Tx tx, Copier c) throws SQLException {
        long id = Sql.insert(
                tx.connection(),
                "INSERT INTO copier(code, department, mono_price_sen, colour_price_sen, start_mono, start_colour)"
                        + " VALUES (?,?,?,?,?,?)",
                c.code(),
                c.department(),
                c.monoPriceSen(),
                c.colourPriceSen(),
                c.start().mono(),
                c.start().colour());
        AuditedRows.audited(tx, ENTITY, "copier", COLUMNS, id, "登録");
        return id;
    }

    /**
     * Renames the machine (its 機器番号) last read at {@code expectedVersion}; also called with the same number to mark
     * the machine changed when its terms change, so that an edit made from an older version is refused.
     */
    public static long rename(Tx tx, long id, long expectedVersion, String code) throws SQLException {
        return AuditedRows.update(tx, ENTITY, "copier", COLUMNS, "複合機", id, expectedVersion, "変更", "code = ?", code);
    }

    public static Optional<Copier> byCode(Connection c, String code) throws SQLException {
        return Sql.queryOne(c, "SELECT " + COLUMNS + " FROM copier WHERE code = ?", CopierRepository::map, code);
    }

    public static List<Copier> all(Connection c) throws SQLException {
        return Sql.query(c, "SELECT " + COLUMNS + " FROM copier ORDER BY code", CopierRepository::map);
    }

    public static Map<String, String> snapshot(Connection c, long id) throws SQLException {
        return AuditedRows.snapshot(c, "copier", COLUMNS, id);
    }

    private static Copier map(ResultSet rs) throws SQLException {
        return new Copier(
                rs.getLong("id"),
                rs.getString("code"),
                rs.getString("department"),
                rs.getLong("mono_price_sen"),
                rs.getLong("colour_price_sen"),
                new Counts(rs.getLong("start_mono"), rs.getLong("start_colour")),
                rs.getLong("version"));
    }
}
