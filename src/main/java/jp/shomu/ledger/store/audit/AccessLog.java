package jp.shomu.ledger.store.audit;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import jp.shomu.ledger.domain.audit.AuditEntities;
import jp.shomu.ledger.store.Json;
import jp.shomu.ledger.store.Sql;
import jp.shomu.ledger.store.Tx;

/**
 * The view log: opening a case's personal data and outputting it are appended to the hash-chained audit trail
 * (entities "view" and "disclosure"), so nobody can remove a record of having looked without breaking the chain.
 * Records hold field keys and counts, never the values seen.
 */
public final class AccessLog {
    private AccessLog() {}

    /** Records that the acting person opened case {@code caseId} and saw the sensitive fields {@code fieldKeys}. */
    public static void recordView(Tx tx, long caseId, String typeCode, List<String> fieldKeys) {
        tx.audit(
                AuditEntities.VIEW,
                caseId,
                "閲覧",
                null,
                Json.write(Map.of("type", typeCode, "fields", String.join(",", fieldKeys))));
    }

    /**
     * Records that the acting person output personal data: {@code what} names the output (e.g. "監査ログ出力"),
     * {@code scope} its period or filter, {@code cases} how many cases it held, {@code fieldKeys} the sensitive
     * fields shown unmasked (empty if everything personal was masked).
     */
    public static void recordDisclosure(Tx tx, String what, String scope, long cases, List<String> fieldKeys) {
        Map<String, String> after = new TreeMap<>();
        after.put("scope", scope);
        after.put("cases", Long.toString(cases));
        after.put("fields", String.join(",", fieldKeys));
        tx.audit(AuditEntities.DISCLOSURE, what, "出力", null, Json.write(after));
    }

    /** When {@code actor} last opened case {@code caseId}, if ever. */
    public static Optional<Instant> lastView(Connection c, String actor, long caseId) throws SQLException {
        return Sql.queryOne(
                c,
                "SELECT at FROM audit_log WHERE entity = ? AND entity_id = ? AND actor = ?"
                        + " ORDER BY seq DESC LIMIT 1",
                rs -> Instant.parse(rs.getString(1)),
                AuditEntities.VIEW,
                Long.toString(caseId),
                actor);
    }
}
