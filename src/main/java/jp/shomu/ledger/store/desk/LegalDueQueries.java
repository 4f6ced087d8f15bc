package jp.shomu.ledger.store.desk;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import jp.shomu.ledger.domain.cases.LegalDueCase;
import jp.shomu.ledger.store.Sql;

/** Open cases of one type whose statutory-limit field (法定期限) falls on or before a day. */
public final class LegalDueQueries {
    private LegalDueQueries() {}

    public static List<LegalDueCase> openDueBy(Connection c, String typeCode, String fieldKey, LocalDate by)
            throws SQLException {
        return Sql.query(
                c,
                "SELECT f.id, f.type_code, f.subject, v.value, s.login FROM case_file f"
                        + " JOIN case_field v ON v.case_id = f.id AND v.key = ?"
                        + " LEFT JOIN staff s ON s.id = f.assignee_id"
                        + " WHERE f.status NOT IN ('DONE','WITHDRAWN') AND f.type_code = ? AND v.value <= ?",
                rs -> new LegalDueCase(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        LocalDate.parse(rs.getString(4)),
                        rs.getString(5)),
                fieldKey,
                typeCode,
                by.toString());
    }
}
