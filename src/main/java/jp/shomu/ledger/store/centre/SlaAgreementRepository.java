package jp.shomu.ledger.store.centre;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.shomu.ledger.domain.centre.SlaMeasure;
import jp.shomu.ledger.store.AuditedRows;
import jp.shomu.ledger.store.Sql;
import jp.shomu.ledger.store.Tx;

/**
 * The SLA agreement signed with the city for each fiscal year (spec §15(1)), and the improvement measures recorded
 * against a month that missed a target (§15(2)).
 */
public final class SlaAgreementRepository {
    public static final String ENTITY = "sla_agreement";
    public static final String MEASURE_ENTITY = "sla_measure";
    static final String COLUMNS = "id, fiscal_year, items, agreed_on, city_approver, note, version";
    static final String MEASURE_COLUMNS = "id, month, item, measure, recorded_by, version";

    /** One fiscal year's agreement: the items and targets as agreed (one a line), when, and who approved it. */
    public record Agreement(
            long id, int fiscalYear, String items, String agreedOn, String cityApprover, String note, long version) {}

    private SlaAgreementRepository() {}

    public static long add(Tx tx, int fiscalYear, String items, String agreedOn, String cityApprover, String note)
            throws SQLException {
        long id = Sql.insert(
                tx.connection(),
                "INSERT INTO sla_agreement(fiscal_year, items, agreed_on, city_approver, note) VALUES (?,?,?,?,?)",
                fiscalYear,
                items,
                agreedOn,
                cityApprover,
                note);
        AuditedRows.audited(tx, ENTITY, "sla_agreement", COLUMNS, id, "登録");
        return id;
    }

    public static Optional<Agreement> forYear(Connection c, int fiscalYear) throws SQLException {
        return Sql.queryOne(
                c,
                "SELECT " + COLUMNS + " FROM sla_agreement WHERE fiscal_year = ?",
                rs -> new Agreement(
                        rs.getLong(1),
                        rs.getInt(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getLong(7)),
                fiscalYear);
    }

    public static long addMeasure(Tx tx, String month, String item, String measure) throws SQLException {
        long id = Sql.insert(
                tx.connection(),
                "INSERT INTO sla_measure(month, item, measure, recorded_by) VALUES (?,?,?,?)",
                month,
                item,
                measure,
                tx.actor());
        AuditedRows.audited(tx, MEASURE_ENTITY, "sla_measure", MEASURE_COLUMNS, id, "登録");
        return id;
    }

    public static List<SlaMeasure> measures(Connection c, String month) throws SQLException {
        return Sql.query(
                c,
                "SELECT " + MEASURE_COLUMNS + " FROM sla_measure WHERE month = ? ORDER BY id",
                rs -> new SlaMeasure(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getLong(6)),
                month);
    }

    public static Map<String, String> snapshot(Connection c, long id) throws SQLException {
        return AuditedRows.snapshot(c, "sla_agreement", COLUMNS, id);
    }

    public static Map<String, String> measureSnapshot(Connection c, long id) throws SQLException {
        return AuditedRows.snapshot(c, "sla_measure", MEASURE_COLUMNS, id);
    }
}
