package jp.shomu.ledger.store.tables;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.Map;
import java.util.Optional;
import jp.shomu.ledger.store.AuditedRows;
import jp.shomu.ledger.store.Sql;
import jp.shomu.ledger.store.Tx;

/** Which case holds a table's month-end work (4-2, 6-1, 6-2 × month), audited as entity {@value #ENTITY}. */
public final class TableCaseRepository {
    public static final String ENTITY = "table_case";
    static final String COLUMNS = "id, type_code, month, case_id, version";

    private TableCaseRepository() {}

    public static void link(Tx tx, String typeCode, YearMonth month, long caseId) throws SQLException {
        long id = Sql.insert(
                tx.connection(),
                "INSERT INTO table_case(type_code, month, case_id) VALUES (?,?,?)",
                typeCode,
                month.toString(),
                caseId);
        AuditedRows.audited(tx, ENTITY, "table_case", COLUMNS, id, "月末の案件");
    }

    public static Optional<Long> caseOf(Connection c, String typeCode, YearMonth month) throws SQLException {
        return Sql.queryOne(
                c,
                "SELECT case_id FROM table_case WHERE type_code = ? AND month = ?",
                rs -> rs.getLong(1),
                typeCode,
                month.toString());
    }

    /** The table and month a case was made for, as "6-2 2027-04", if it was. */
    public static Optional<String> monthOf(Connection c, long caseId) throws SQLException {
        return Sql.queryOne(
                c,
                "SELECT type_code, month FROM table_case WHERE case_id = ?",
                rs -> rs.getString(1) + " " + rs.getString(2),
                caseId);
    }

    public static Map<String, String> snapshot(Connection c, long id) throws SQLException {
        return AuditedRows.snapshot(c, "table_case", COLUMNS, id);
    }
}
