package jp.shomu.ledger.store.cases;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import jp.shomu.ledger.domain.cases.CaseLink;
import jp.shomu.ledger.domain.cases.LinkKind;
import jp.shomu.ledger.store.Json;
import jp.shomu.ledger.store.Sql;
import jp.shomu.ledger.store.Tx;

/** Links between cases (table case_link), audited as entity 'case_link'. */
public final class CaseLinkRepository {
    private static final String COLUMNS = "SELECT id, from_case, to_case, kind, created_by, created_at FROM case_link";

    private CaseLinkRepository() {}

    public static long insert(Tx tx, long fromCase, long toCase, LinkKind kind, long by) throws SQLException {
        long id = Sql.insert(
                tx.connection(),
                "INSERT INTO case_link(from_case, to_case, kind, created_by, created_at) VALUES (?,?,?,?,?)",
                fromCase,
                toCase,
                kind.word(),
                by,
                tx.now());
        tx.audit(
                "case_link",
                id,
                "案件の関連付け",
                null,
                Json.write(Map.of("case", Long.toString(fromCase), "to", Long.toString(toCase), "kind", kind.word())));
        return id;
    }

    /** Links from or to the case, oldest first. */
    public static List<CaseLink> forCase(Connection c, long caseId) throws SQLException {
        return Sql.query(
                c,
                COLUMNS + " WHERE from_case = ? OR to_case = ? ORDER BY id",
                CaseLinkRepository::map,
                caseId,
                caseId);
    }

    /** The cases whose parent is named by a link from {@code caseId}. */
    public static List<Long> parentsOf(Connection c, long caseId) throws SQLException {
        return Sql.query(
                c,
                "SELECT to_case FROM case_link WHERE from_case = ? AND kind = 'parent'",
                rs -> rs.getLong(1),
                caseId);
    }

    private static CaseLink map(java.sql.ResultSet rs) throws SQLException {
        return new CaseLink(
                rs.getLong(1),
                rs.getLong(2),
                rs.getLong(3),
                LinkKind.of(rs.getString(4)),
                rs.getLong(5),
                Instant.parse(rs.getString(6)));
    }
}
