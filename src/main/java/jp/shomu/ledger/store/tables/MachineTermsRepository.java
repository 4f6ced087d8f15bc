package jp.shomu.ledger.store.tables;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.shomu.ledger.domain.tables.MachineTerms;
import jp.shomu.ledger.store.AuditedRows;
import jp.shomu.ledger.store.Sql;
import jp.shomu.ledger.store.Tx;

/** The copiers' terms from a month on (移設・単価改定・撤去), audited as entity {@value #ENTITY}. */
public final class MachineTermsRepository {
    public static final String ENTITY = "copier_terms";
    static final String COLUMNS =
            "id, copier_id, from_month, department, mono_price_sen, colour_price_sen, retired, version";

    private MachineTermsRepository() {}

    /** Records the terms from their month on; terms already recorded from that month are replaced (audited). */
    public static void set(Tx tx, MachineTerms t) throws SQLException {
        Optional<MachineTerms> now = Sql.queryOne(
                tx.connection(),
                "SELECT " + COLUMNS + " FROM copier_terms WHERE copier_id = ? AND from_month = ?",
                MachineTermsRepository::map,
                t.copierId(),
                t.from().toString());
        if (now.isPresent()) {
            AuditedRows.update(
                    tx,
                    ENTITY,
                    "copier_terms",
                    COLUMNS,
                    "複合機の条件",
                    now.get().id(),
                    now.get().version(),
                    t.retired() ? "撤去" : "変更",
                    "department = ?, mono_price_sen = ?, colour_price_sen = ?, retired = ?",
                    t.department(),
                    t.monoPriceSen(),
                    t.colourPriceSen(),
                    t.retired());
            return;
        }
        long id = Sql.insert(
                tx.connection(),
                "INSERT INTO copier_terms(copier_id, from_month, department, mono_price_sen, colour_price_sen, retired)"
                        + " VALUES (?,?,?,?,?,?)",
                t.copierId(),
                t.from().toString(),
                t.department(),
                t.monoPriceSen(),
                t.colourPriceSen(),
                t.retired());
        AuditedRows.audited(tx, ENTITY, "copier_terms", COLUMNS, id, t.retired() ? "撤去" : "変更");
    }

    public static List<MachineTerms> ofCopier(Connection c, long copierId) throws SQLException {
        return Sql.query(
                c,
                "SELECT " + COLUMNS + " FROM copier_terms WHERE copier_id = ? ORDER BY from_month",
                MachineTermsRepository::map,
                copierId);
    }

    public static List<MachineTerms> all(Connection c) throws SQLException {
        return Sql.query(
                c,
                "SELECT " + COLUMNS + " FROM copier_terms ORDER BY copier_id, from_month",
                MachineTermsRepository::map);
    }

    public static Map<String, String> snapshot(Connection c, long id) throws SQLException {
        return AuditedRows.snapshot(c, "copier_terms", COLUMNS, id);
    }

    private static MachineTerms map(ResultSet rs) throws SQLException {
        return new MachineTerms(
                rs.getLong("id"),
                rs.getLong("copier_id"),
                YearMonth.parse(rs.getString("from_month")),
                rs.getString("department"),
                rs.getLong("mono_price_sen"),
                rs.getLong("colour_price_sen"),
                rs.getInt("retired") == 1,
                rs.getLong("version"));
    }
}
