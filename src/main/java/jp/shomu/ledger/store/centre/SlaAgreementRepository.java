package jp.shomu.ledger.store.centre;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.shomu.ledger.domain.centre.SlaAgreement;
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
    public static final String BASIS_ENTITY = "sla_agreement_basis";
    static final String BASIS_COLUMNS = "id, target_versions";
    static final String COLUMNS = "id, fiscal_year, items, agreed_on, city_approver, note, version";
    static final String MEASURE_COLUMNS = "id, month, item, measure, recorded_by, version";

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

    /** Keeps which approved SLA target versions an agreement took (written once, with the agreement, audited). */
    public static void addBasis(Tx tx, long agreementId, List<Integer> targetVersions) throws SQLException {
        Sql.insert(
                tx.connection(),
                "INSERT INTO sla_agreement_basis(id, target_versions) VALUES (?,?)",
                agreementId,
                AuditedRows.joined(targetVersions));
        AuditedRows.audited(tx, BASIS_ENTITY, "sla_agreement_basis", BASIS_COLUMNS, agreementId, "登録");
    }

    /** The target versions an agreement took; empty for one recorded by hand (before they were kept). */
    public static Optional<List<Integer>> basis(Connection c, long agreementId) throws SQLException {
        return Sql.queryOne(
                c,
                "SELECT target_versions FROM sla_agreement_basis WHERE id = ?",
                rs -> AuditedRows.split(rs.getString(1)).stream()
                        .map(Integer::valueOf)
                        .toList(),
                agreementId);
    }

    /** Every fiscal year's agreement, oldest first. */
    public static List<SlaAgreement> all(Connection c) throws SQLException {
        return Sql.query(
                c, "SELECT " + COLUMNS + " FROM sla_agreement ORDER BY fiscal_year", SlaAgreementRepository::map);
    }

    /** Every measure recorded, by month. */
    public static List<SlaMeasure> allMeasures(Connection c) throws SQLException {
        return Sql.query(
                c,
                "SELECT " + MEASURE_COLUMNS + " FROM sla_measure ORDER BY month, id",
                SlaAgreementRepository::measure);
    }

    public static Map<String, String> basisSnapshot(Connection c, long id) throws SQLException {
        return AuditedRows.snapshot(c, "sla_agreement_basis", BASIS_COLUMNS, id);
    }

    public static Optional<SlaAgreement> forYear(Connection c, int fiscalYear) throws SQLException {
        return Sql.queryOne(
                c,
                "SELECT " + COLUMNS + " FROM sla_agreement WHERE fiscal_year = ?",
                SlaAgreementRepository::map,
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
                SlaAgreementRepository::measure,
                month);
    }

    public static Map<String, String> snapshot(Connection c, long id) throws SQLException {
        return AuditedRows.snapshot(c, "sla_agreement", COLUMNS, id);
    }

    public static Map<String, String> measureSnapshot(Connection c, long id) throws SQLException {
        return AuditedRows.snapshot(c, "sla_measure", MEASURE_COLUMNS, id);
    }

    private static SlaAgreement map(ResultSet rs) throws SQLException {
        return new SlaAgreement(
                rs.getLong(1),
                rs.getInt(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                rs.getLong(7));
    }

    private static SlaMeasure measure(ResultSet rs) throws SQLException {
        return new SlaMeasure(
                rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getLong(6));
    }
}
