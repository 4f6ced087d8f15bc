package jp.shomu.ledger.service.settings;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.sql.Connection;
import java.sql.SQLException;
import jp.shomu.ledger.domain.cases.InvalidInputException;
import jp.shomu.ledger.domain.catalog.Catalog;
import jp.shomu.ledger.domain.changes.ChangeKind;
import jp.shomu.ledger.domain.sla.SlaTargets;
import jp.shomu.ledger.service.LedgerContext;
import jp.shomu.ledger.store.Tx;
import jp.shomu.ledger.store.settings.CatalogFormatException;
import jp.shomu.ledger.store.settings.CatalogJson;
import jp.shomu.ledger.store.settings.CatalogRepository;
import jp.shomu.ledger.store.settings.ChangeRepository;
import jp.shomu.ledger.store.settings.SlaTargetsJson;

/**
 * What each kind of change is: how its payload is validated and stored, which version is in force, and how an
 * approved payload takes effect. The one place to add a kind, or a stricter check for SLA targets.
 */
final class ChangePayloads {
    private static final ObjectMapper CANONICAL =
            new ObjectMapper().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

    private ChangePayloads() {}

    /** Validates {@code payload} and returns the canonical JSON that is stored, hashed and compared. */
    static String canonical(ChangeKind kind, String payload) {
        return switch (kind) {
            case CATALOG -> CatalogJson.toJson(unnumbered(proposedCatalog(payload)));
            case SLA_TARGETS -> sortedObject(slaTargets(payload));
        };
    }

    /** The SLA targets' schema check (docs/REPORTS.md §3): metrics the app computes, targets in range, a month. */
    private static String slaTargets(String payload) {
        SlaTargetsJson.parse(payload, 0, null, "");
        return payload;
    }

    static int versionInForce(Connection c, ChangeKind kind) throws SQLException {
        return kind == ChangeKind.CATALOG
                ? ChangeRepository.currentCatalogVersion(c)
                : ChangeRepository.currentSettingsVersion(c, kind);
    }

    /** The document in force, in canonical form ("{}" for settings never approved yet). */
    static String inForce(LedgerContext ctx, ChangeKind kind) {
        if (kind == ChangeKind.CATALOG) {
            return CatalogJson.toJson(unnumbered(ctx.catalog()));
        }
        return ctx.ledger().read(c -> ChangeRepository.currentSettings(c, kind)).orElse("{}");
    }

    /**
     * What a proposal is compared with in review: the document in force, or for SLA targets never approved yet the
     * built-in defaults (which have no month they apply from), so the reviewer sees the targets that change.
     */
    static JsonNode reviewBase(LedgerContext ctx, ChangeKind kind) {
        String current = inForce(ctx, kind);
        if (kind != ChangeKind.SLA_TARGETS || !current.equals("{}")) {
            return tree(current);
        }
        com.fasterxml.jackson.databind.node.ObjectNode defaults =
                (com.fasterxml.jackson.databind.node.ObjectNode) tree(SlaTargetsJson.toJson(
                        java.time.YearMonth.of(2000, 1), SlaTargets.defaults().items()));
        defaults.remove("effectiveFrom");
        return defaults;
    }

    /** Puts an approved payload in force and returns the new version number. */
    static int apply(Tx tx, ChangeKind kind, String payload, long proposalId) throws SQLException {
        return switch (kind) {
            case CATALOG -> CatalogRepository.addVersion(tx, CatalogJson.validated(payload, "承認されたカタログ"));
            case SLA_TARGETS -> ChangeRepository.addSettingsVersion(tx, kind, sortedObject(payload), proposalId);
        };
    }

    static JsonNode tree(String json) {
        try {
            return CANONICAL.readTree(json);
        } catch (JsonProcessingException e) {
            throw new InvalidInputException("JSON として読めません: " + e.getOriginalMessage());
        }
    }

    private static Catalog proposedCatalog(String payload) {
        try {
            return CatalogJson.validated(payload, "提案されたカタログ");
        } catch (CatalogFormatException e) {
            throw new InvalidInputException(e.getMessage());
        }
    }

    private static Catalog unnumbered(Catalog c) {
        return c.withVersion(0);
    }

    private static String sortedObject(String payload) {
        try {
            Object value = CANONICAL.readValue(payload, Object.class);
            if (!(value instanceof java.util.Map)) {
                throw new InvalidInputException("設定は JSON のオブジェクト({ … })で指定してください");
            }
            return CANONICAL.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new InvalidInputException("JSON として読めません: " + e.getOriginalMessage());
        }
    }
}
