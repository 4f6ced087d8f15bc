package jp.shomu.ledger.store.settings;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.shomu.ledger.domain.audit.AuditEntities;
import jp.shomu.ledger.store.Json;
import jp.shomu.ledger.store.Ledger;
import jp.shomu.ledger.store.Sql;

/**
 * Part of verify: catalog versions, approved settings and change proposals must still hold exactly what was
 * audited when they were written, so a checklist or SLA rule edited with another tool is found and named.
 */
public final class ChangeIntegrity {
    private ChangeIntegrity() {}

    public static List<String> check(Ledger ledger) {
        List<String> problems = new ArrayList<>();
        Map<String, String> catalogSha = auditedSha(ledger, "catalog", "sha256");
        ledger.read(c -> Sql.query(c, "SELECT version, sha256, content FROM catalog_version ORDER BY version", rs -> {
            String version = rs.getString(1);
            String actual = CatalogRepository.sha256(rs.getString(3));
            if (!actual.equals(rs.getString(2)) || !actual.equals(catalogSha.get(version))) {
                problems.add("カタログの版 " + version + " の内容が記録時と一致しません(アプリを通さずに変更された可能性)");
            }
            return null;
        }));
        Map<String, String> settingsSha = auditedSha(ledger, AuditEntities.SETTINGS, "sha256");
        ledger.read(c -> Sql.query(
                c, "SELECT kind, version, sha256, content FROM settings_version ORDER BY kind, version", rs -> {
                    String key = rs.getString(1) + "/" + rs.getString(2);
                    String actual = CatalogRepository.sha256(rs.getString(4));
                    if (!actual.equals(rs.getString(3)) || !actual.equals(settingsSha.get(key))) {
                        problems.add("設定 " + key + " の内容が記録時と一致しません(アプリを通さずに変更された可能性)");
                    }
                    return null;
                }));
        Map<String, String> proposalSha = auditedSha(ledger, AuditEntities.PROPOSAL, "payload_sha256");
        ledger.read(c -> Sql.query(c, "SELECT id, payload FROM change_proposal ORDER BY id", rs -> {
            if (!CatalogRepository.sha256(rs.getString(2)).equals(proposalSha.get(rs.getString(1)))) {
                problems.add("変更提案 " + rs.getString(1) + " の内容が提案時と一致しません(アプリを通さずに変更された可能性)");
            }
            return null;
        }));
        return problems;
    }

    /** entity id → the value of {@code key} in the first audit row written for it. */
    private static Map<String, String> auditedSha(Ledger ledger, String entity, String key) {
        return ledger.read(c -> {
            Map<String, String> m = new java.util.HashMap<>();
            Sql.query(
                    c,
                    "SELECT entity_id, after FROM audit_log WHERE entity = ? ORDER BY seq",
                    rs -> {
                        m.putIfAbsent(
                                rs.getString(1), Json.readFlat(rs.getString(2)).get(key));
                        return null;
                    },
                    entity);
            return m;
        });
    }
}
