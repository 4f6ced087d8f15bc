package jp.shomu.ledger.store;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import jp.shomu.ledger.domain.sla.SlaItem;
import jp.shomu.ledger.domain.sla.SlaMetric;
import jp.shomu.ledger.domain.sla.SlaTargets;

/** The SLA target versions: each save is a new, audited row; a version is never edited. */
public final class SlaTargetRepository {
    private static final String COLUMNS = "version, effective_from, created_at, created_by, content";

    private SlaTargetRepository() {
    }

    /** Stores the items as the next version, in force from {@code from}; returns the version number. */
    public static int add(Tx tx, YearMonth from, List<SlaItem> items) throws SQLException {
        int next = Sql.queryOne(tx.connection(), "SELECT COALESCE(MAX(version), 0) + 1 FROM sla_target_version",
                rs -> rs.getInt(1)).orElseThrow();
        String json = toJson(items);
        Sql.update(tx.connection(), "INSERT INTO sla_target_version(version, effective_from, created_at, created_by, content)"
                + " VALUES (?,?,?,?,?)", next, from.toString(), tx.now(), tx.actor(), json);
        tx.audit("sla_target", next, "新しい版", null, Json.write(Map.of("version", Integer.toString(next),
                "effectiveFrom", from.toString(), "items", json)));
        return next;
    }

    /** The version in force for {@code month}: the latest effective_from not after it; of those, the newest. */
    public static Optional<SlaTargets> inForce(Connection c, YearMonth month) throws SQLException {
        return Sql.queryOne(c, "SELECT " + COLUMNS + " FROM sla_target_version WHERE effective_from <= ?"
                + " ORDER BY effective_from DESC, version DESC LIMIT 1", SlaTargetRepository::map, month.toString());
    }

    public static List<SlaTargets> all(Connection c) throws SQLException {
        return Sql.query(c, "SELECT " + COLUMNS + " FROM sla_target_version ORDER BY version", SlaTargetRepository::map);
    }

    private static SlaTargets map(ResultSet rs) throws SQLException {
        return new SlaTargets(rs.getInt(1), YearMonth.parse(rs.getString(2)), Instant.parse(rs.getString(3)),
                rs.getString(4), fromJson(rs.getString(5)));
    }

    static String toJson(List<SlaItem> items) {
        List<Map<String, String>> list = new ArrayList<>();
        for (SlaItem i : items) {
            Map<String, String> m = new LinkedHashMap<>();
            m.put("metric", i.metric().name());
            m.put("name", i.name());
            m.put("target", i.target().toPlainString());
            list.add(m);
        }
        try {
            return Json.MAPPER.writeValueAsString(Map.of("items", list));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<SlaItem> fromJson(String json) {
        try {
            List<SlaItem> items = new ArrayList<>();
            for (JsonNode n : Json.MAPPER.readTree(json).path("items")) {
                items.add(new SlaItem(SlaMetric.valueOf(n.path("metric").asText()), n.path("name").asText(),
                        new BigDecimal(n.path("target").asText())));
            }
            return items;
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new LedgerException(LedgerProblem.DAMAGED, "SLA 目標の版を読めません: " + e.getMessage(), e);
        }
    }
}
