package jp.shomu.ledger.store.settings;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.shomu.ledger.domain.cases.InvalidInputException;
import jp.shomu.ledger.domain.changes.ChangeKind;
import jp.shomu.ledger.domain.sla.SlaItem;
import jp.shomu.ledger.domain.sla.SlaMetric;
import jp.shomu.ledger.domain.sla.SlaTargets;
import jp.shomu.ledger.store.Json;
import jp.shomu.ledger.store.Sql;

/**
 * The SLA targets as a settings document — {"effectiveFrom": "2026-11", "items": [{"metric", "name", "target"}]} —
 * proposed and approved like the catalog (ChangeService, kind SLA_TARGETS) and kept in settings_version. This class
 * checks a proposed document and reads the approved versions back.
 */
public final class SlaTargetsJson {
    private SlaTargetsJson() {}

    public static String toJson(YearMonth from, List<SlaItem> items) {
        List<Map<String, String>> list = new ArrayList<>();
        for (SlaItem i : items) {
            Map<String, String> m = new LinkedHashMap<>();
            m.put("metric", i.metric().name());
            m.put("name", i.name());
            m.put("target", i.target().toPlainString());
            list.add(m);
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("effectiveFrom", from.toString());
        doc.put("items", list);
        try {
            return Json.MAPPER.writeValueAsString(doc);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads a document, refusing anything that is not a valid set of SLA targets (with a Japanese reason). */
    public static SlaTargets parse(String json, int version, Instant approvedAt, String by) {
        try {
            JsonNode doc = Json.MAPPER.readTree(json);
            if (doc == null || !doc.isObject() || !doc.path("items").isArray()) {
                throw new InvalidInputException(
                        "SLA 目標は {\"effectiveFrom\": \"YYYY-MM\", \"items\": [...]} の形で書いてください");
            }
            YearMonth from = YearMonth.parse(doc.path("effectiveFrom").asText());
            List<SlaItem> items = new ArrayList<>();
            for (JsonNode n : doc.path("items")) {
                items.add(new SlaItem(
                        SlaMetric.parse(n.path("metric").asText()),
                        n.path("name").asText(null),
                        new BigDecimal(n.path("target").asText())));
            }
            if (items.isEmpty()) {
                throw new InvalidInputException("SLA の項目が1つもありません");
            }
            return new SlaTargets(version, from, approvedAt, by, items);
        } catch (JsonProcessingException e) {
            throw new InvalidInputException("SLA 目標を JSON として読めません: " + e.getOriginalMessage());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("SLA 目標の適用開始月(effectiveFrom)は YYYY-MM で書いてください");
        } catch (NumberFormatException e) {
            throw new InvalidInputException("SLA 目標の目標値(target)は数で書いてください");
        } catch (InvalidInputException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(e.getMessage());
        }
    }

    /** Every approved version, oldest first, with who proposed and who approved it. */
    public static List<SlaTargets> approved(Connection c) throws SQLException {
        return Sql.query(
                c,
                "SELECT s.version, s.content, s.created_at, COALESCE(a.name, ''), COALESCE(b.name, '')"
                        + " FROM settings_version s JOIN change_proposal p ON p.id = s.proposal_id"
                        + " LEFT JOIN staff a ON a.id = p.proposed_by LEFT JOIN staff b ON b.id = p.decided_by"
                        + " WHERE s.kind = ? ORDER BY s.version",
                rs -> parse(
                        rs.getString(2),
                        rs.getInt(1),
                        Instant.parse(rs.getString(3)),
                        rs.getString(4) + " 提案・" + rs.getString(5) + " 承認"),
                ChangeKind.SLA_TARGETS);
    }
}
