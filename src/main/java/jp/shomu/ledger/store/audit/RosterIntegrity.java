package jp.shomu.ledger.store.audit;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import jp.shomu.ledger.store.Json;
import jp.shomu.ledger.store.Sql;
import jp.shomu.ledger.store.settings.StaffRepository;

/**
 * Whether one roster row is exactly as the audit trail last recorded it. The person acting is trusted only then: a
 * row added or changed with another tool (sqlite3) has no audit image, or a different one, and is refused before it
 * can do anything (the full comparison of every row is verify's, in {@link LedgerVerifier}).
 */
public final class RosterIntegrity {
    private RosterIntegrity() {}

    /** Why row {@code staffId} is not to be trusted, or empty when it matches its last audit image. */
    public static Optional<String> problem(Connection c, long staffId) throws SQLException {
        Optional<String> image = Sql.queryOne(
                c,
                "SELECT coalesce(after, '') FROM audit_log WHERE entity = 'staff' AND entity_id = ?"
                        + " ORDER BY seq DESC LIMIT 1",
                rs -> rs.getString(1),
                Long.toString(staffId));
        if (image.isEmpty() || image.get().isEmpty()) {
            return Optional.of("監査ログに登録の記録がありません(アプリを通さずに追加された可能性があります)");
        }
        if (!Json.write(StaffRepository.snapshot(c, staffId)).equals(image.get())) {
            return Optional.of("監査ログの最後の記録と内容が違います(アプリを通さずに変更された可能性があります)");
        }
        return Optional.empty();
    }
}
