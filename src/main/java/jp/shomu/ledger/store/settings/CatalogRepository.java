package jp.shomu.ledger.store.settings;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import jp.shomu.ledger.domain.catalog.Catalog;
import jp.shomu.ledger.domain.errors.LedgerException;
import jp.shomu.ledger.domain.errors.LedgerProblem;
import jp.shomu.ledger.store.Json;
import jp.shomu.ledger.store.Ledger;
import jp.shomu.ledger.store.Sql;
import jp.shomu.ledger.store.Tx;

/** The catalog versions stored in the ledger, so every PC works from the same catalog; versions are never edited. */
public final class CatalogRepository {
    private final Ledger ledger;
    private final Map<Integer, Catalog> cache = new ConcurrentHashMap<>();

    public CatalogRepository(Ledger ledger) {
        this.ledger = ledger;
    }

    /** Stores a catalog as the next version and returns that version number. */
    public static int addVersion(Tx tx, Catalog catalog) throws SQLException {
        int next = Sql.queryOne(
                        tx.connection(),
                        "SELECT COALESCE(MAX(version), 0) + 1 FROM catalog_version",
                        rs -> rs.getInt(1))
                .orElseThrow();
        Catalog numbered = catalog.withVersion(next);
        String json = CatalogJson.toJson(numbered);
        String sha = sha256(json);
        Sql.update(
                tx.connection(),
                "INSERT INTO catalog_version(version, created_at, created_by, sha256, content) VALUES (?,?,?,?,?)",
                next,
                tx.now(),
                tx.actor(),
                sha,
                json);
        tx.audit("catalog", next, "新しい版", null, Json.write(Map.of("version", Integer.toString(next), "sha256", sha)));
        return next;
    }

    public Catalog current() {
        int latest = ledger.read(c -> Sql.queryOne(c, "SELECT MAX(version) FROM catalog_version", rs -> rs.getInt(1))
                .orElse(0));
        if (latest == 0) {
            throw new LedgerException(
                    LedgerProblem.DAMAGED, "台帳にカタログがありません: " + ledger.location().display());
        }
        return version(latest);
    }

    public Catalog version(int version) {
        return cache.computeIfAbsent(version, v -> {
            String json = ledger.read(c -> Sql.queryOne(
                            c, "SELECT content FROM catalog_version WHERE version = ?", rs -> rs.getString(1), v))
                    .orElseThrow(() -> new LedgerException(LedgerProblem.DAMAGED, "カタログの版 " + v + " が台帳にありません"));
            return CatalogJson.fromLedger(json, v);
        });
    }

    static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
