package jp.shomu.ledger.store.desk;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    /** Cases in one statement's IN list: well under every database's limit on parameters. */
    private static final int CHUNK = 500;

    /** The value of the statutory-limit field {@code fieldKey} of each of these cases that has one, by case id. */
    public static Map<Long, LocalDate> valuesOf(Connection c, String fieldKey, List<Long> caseIds) throws SQLException {
        Map<Long, LocalDate> result = new HashMap<>();
        for (int from = 0; from < caseIds.size(); from += CHUNK) {
            List<Long> chunk = caseIds.subList(from, Math.min(caseIds.size(), from + CHUNK));
            List<Object> params = new ArrayList<>();
            params.add(fieldKey);
            params.addAll(chunk);
            Sql.query(
                            c,
                            "SELECT case_id, value FROM case_field WHERE key = ? AND case_id IN "
                                    + Sql.placeholders(chunk.size()),
                            rs -> Map.entry(rs.getLong(1), rs.getString(2)),
                            params.toArray())
                    .stream()
                    .filter(e -> e.getValue() != null && !e.getValue().isEmpty())
                    .forEach(e -> result.put(e.getKey(), LocalDate.parse(e.getValue())));
        }
        return result;
    }
}
