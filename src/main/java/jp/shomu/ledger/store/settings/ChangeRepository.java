package jp.shomu.ledger.store.settings;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.shomu.ledger.domain.audit.AuditEntities;
import jp.shomu.ledger.domain.changes.ChangeKind;
import jp.shomu.ledger.domain.changes.ChangeProposal;
import jp.shomu.ledger.domain.changes.ChangeStatus;
import jp.shomu.ledger.domain.errors.ConflictException;
import jp.shomu.ledger.store.Json;
import jp.shomu.ledger.store.Sql;
import jp.shomu.ledger.store.Tx;

/**
 * Change proposals and the approved versions of settings other than the catalog. Every row written is audited
 * with its payload's SHA-256, so a payload edited behind the app's back is found before it can be approved.
 */
public final class ChangeRepository {
    private static final String COLUMNS =
            "id, kind, summary, payload, payload_sha256, base_version, status, proposed_by,"
                    + " proposed_at, decided_by, decided_at, decision_note, result_version, version";

    private ChangeRepository() {}

    public static long propose(Tx tx, ChangeKind kind, String summary, String payload, int baseVersion, long staffId)
            throws SQLException {
        long id = Sql.insert(
                tx.connection(),
                "INSERT INTO change_proposal(kind, summary, payload, payload_sha256,"
                        + " base_version, status, proposed_by, proposed_at) VALUES (?,?,?,?,?,?,?,?)",
                kind,
                summary,
                payload,
                CatalogRepository.sha256(payload),
                baseVersion,
                ChangeStatus.PROPOSED,
                staffId,
                tx.now());
        tx.audit(AuditEntities.PROPOSAL, id, "提案", null, Json.write(snapshot(tx.connection(), id)));
        return id;
    }

    /**
     * Records the decision on a proposal still open at {@code expectedVersion}.
     *
     * @throws ConflictException when someone decided or changed it first
     */
    public static void decide(
            Tx tx, ChangeProposal p, ChangeStatus status, long staffId, String note, Integer resultVersion)
            throws SQLException {
        Map<String, String> before = snapshot(tx.connection(), p.id());
        int n = Sql.update(
                tx.connection(),
                "UPDATE change_proposal SET status = ?, decided_by = ?, decided_at = ?,"
                        + " decision_note = ?, result_version = ?, version = version + 1 WHERE id = ? AND version = ?"
                        + " AND status = 'PROPOSED'",
                status,
                staffId,
                tx.now(),
                note,
                resultVersion,
                p.id(),
                p.version());
        if (n == 0) {
            throw new ConflictException("変更提案 " + p.id() + " は他の人が先に処理しました。", p.version());
        }
        tx.audit(
                AuditEntities.PROPOSAL,
                p.id(),
                status.label(),
                Json.write(before),
                Json.write(snapshot(tx.connection(), p.id())));
    }

    public static Optional<ChangeProposal> get(Connection c, long id) throws SQLException {
        return Sql.queryOne(c, "SELECT " + COLUMNS + " FROM change_proposal WHERE id = ?", ChangeRepository::map, id);
    }

    /** Proposals newest first; {@code openOnly} keeps those still waiting. */
    public static List<ChangeProposal> list(Connection c, boolean openOnly) throws SQLException {
        return Sql.query(
                c,
                "SELECT " + COLUMNS + " FROM change_proposal" + (openOnly ? " WHERE status = 'PROPOSED'" : "")
                        + " ORDER BY id DESC",
                ChangeRepository::map);
    }

    /** The SHA-256 the audit trail recorded for the proposal's payload when it was proposed. */
    public static Optional<String> auditedSha256(Connection c, long id) throws SQLException {
        return Sql.queryOne(
                c,
                "SELECT after FROM audit_log WHERE entity = ? AND entity_id = ? ORDER BY seq LIMIT 1",
                rs -> Json.readFlat(rs.getString(1)).get("payload_sha256"),
                AuditEntities.PROPOSAL,
                Long.toString(id));
    }

    /** Whether the proposal's payload is still exactly what was audited when it was proposed. */
    public static boolean payloadIntact(Connection c, ChangeProposal p) throws SQLException {
        String actual = CatalogRepository.sha256(p.payload());
        return actual.equals(p.payloadSha256())
                && auditedSha256(c, p.id()).filter(actual::equals).isPresent();
    }

    /** Stores an approved settings document as the next version of its kind and returns that version. */
    public static int addSettingsVersion(Tx tx, ChangeKind kind, String content, long proposalId) throws SQLException {
        int next = currentSettingsVersion(tx.connection(), kind) + 1;
        String sha = CatalogRepository.sha256(content);
        Sql.update(
                tx.connection(),
                "INSERT INTO settings_version(kind, version, content, sha256, proposal_id, created_at)"
                        + " VALUES (?,?,?,?,?,?)",
                kind,
                next,
                content,
                sha,
                proposalId,
                tx.now());
        tx.audit(
                AuditEntities.SETTINGS,
                kind.name() + "/" + next,
                "新しい版",
                null,
                Json.write(Map.of(
                        "kind",
                        kind.name(),
                        "version",
                        Integer.toString(next),
                        "sha256",
                        sha,
                        "proposal",
                        Long.toString(proposalId))));
        return next;
    }

    public static int currentSettingsVersion(Connection c, ChangeKind kind) throws SQLException {
        return Sql.queryOne(
                        c,
                        "SELECT COALESCE(MAX(version), 0) FROM settings_version WHERE kind = ?",
                        rs -> rs.getInt(1),
                        kind)
                .orElse(0);
    }

    /** The settings document in force for {@code kind}, if any version was ever approved. */
    public static Optional<String> currentSettings(Connection c, ChangeKind kind) throws SQLException {
        return Sql.queryOne(
                c,
                "SELECT content FROM settings_version WHERE kind = ? ORDER BY version DESC LIMIT 1",
                rs -> rs.getString(1),
                kind);
    }

    public static int currentCatalogVersion(Connection c) throws SQLException {
        return Sql.queryOne(c, "SELECT COALESCE(MAX(version), 0) FROM catalog_version", rs -> rs.getInt(1))
                .orElse(0);
    }

    static Map<String, String> snapshot(Connection c, long id) throws SQLException {
        return Sql.queryOne(
                        c,
                        "SELECT id, kind, summary, payload_sha256, base_version, status, proposed_by, proposed_at,"
                                + " decided_by, decided_at, decision_note, result_version, version FROM change_proposal WHERE id = ?",
                        rs -> {
                            Map<String, String> m = new LinkedHashMap<>();
                            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                                if (rs.getString(i) != null) {
                                    m.put(rs.getMetaData().getColumnName(i), rs.getString(i));
                                }
                            }
                            return m;
                        },
                        id)
                .orElse(Map.of());
    }

    private static ChangeProposal map(ResultSet rs) throws SQLException {
        long decidedBy = rs.getLong("decided_by");
        boolean undecided = rs.wasNull();
        int result = rs.getInt("result_version");
        boolean noResult = rs.wasNull();
        String decidedAt = rs.getString("decided_at");
        return new ChangeProposal(
                rs.getLong("id"),
                ChangeKind.valueOf(rs.getString("kind")),
                rs.getString("summary"),
                rs.getString("payload"),
                rs.getString("payload_sha256"),
                rs.getInt("base_version"),
                ChangeStatus.valueOf(rs.getString("status")),
                rs.getLong("proposed_by"),
                Instant.parse(rs.getString("proposed_at")),
                undecided ? null : decidedBy,
                decidedAt == null ? null : Instant.parse(decidedAt),
                rs.getString("decision_note"),
                noResult ? null : result,
                rs.getLong("version"));
    }
}
