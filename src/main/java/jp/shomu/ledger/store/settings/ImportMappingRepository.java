package jp.shomu.ledger.store.settings;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.shomu.ledger.domain.imports.ImportMapping;
import jp.shomu.ledger.store.Json;
import jp.shomu.ledger.store.Sql;
import jp.shomu.ledger.store.Tx;

/**
 * Saved import mappings, shared by every PC through the ledger, and the example mappings bundled with the app
 * (src/main/resources/import/mappings). A saved mapping of the same name replaces a bundled one.
 */
public final class ImportMappingRepository {
    static final List<String> BUNDLED =
            List.of("/import/mappings/logo-form-commute.json", "/import/mappings/kintone-certificates.json");

    private ImportMappingRepository() {}

    /** Saves (or replaces) a mapping under its name; returns its new version. */
    public static long save(Tx tx, ImportMapping mapping) throws SQLException {
        String json = toJson(mapping);
        Optional<Long> current = Sql.queryOne(
                tx.connection(),
                "SELECT version FROM import_mapping WHERE name = ?",
                rs -> rs.getLong(1),
                mapping.name());
        if (current.isPresent()) {
            Sql.update(
                    tx.connection(),
                    "UPDATE import_mapping SET content = ?, updated_at = ?, updated_by = ?,"
                            + " version = version + 1 WHERE name = ?",
                    json,
                    tx.now(),
                    tx.actor(),
                    mapping.name());
        } else {
            Sql.update(
                    tx.connection(),
                    "INSERT INTO import_mapping(name, content, updated_at, updated_by) VALUES (?,?,?,?)",
                    mapping.name(),
                    json,
                    tx.now(),
                    tx.actor());
        }
        tx.audit("import_mapping", mapping.name(), current.isPresent() ? "変更" : "登録", null, json);
        return current.map(v -> v + 1).orElse(1L);
    }

    public static Optional<ImportMapping> byName(Connection c, String name) throws SQLException {
        return Sql.queryOne(
                c, "SELECT content FROM import_mapping WHERE name = ?", rs -> fromJson(rs.getString(1)), name);
    }

    public static List<ImportMapping> saved(Connection c) throws SQLException {
        return Sql.query(c, "SELECT content FROM import_mapping ORDER BY name", rs -> fromJson(rs.getString(1)));
    }

    public static List<ImportMapping> bundled() {
        List<ImportMapping> list = new ArrayList<>();
        for (String resource : BUNDLED) {
            try (InputStream in = ImportMappingRepository.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("bundled mapping missing: " + resource);
                }
                list.add(fromJson(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return list;
    }

    /** Reads a mapping written as JSON (by a person, or by {@link #toJson}). */
    public static ImportMapping fromJson(String json) {
        try {
            Map<String, Object> m = Json.MAPPER.readValue(json, new TypeReference<LinkedHashMap<String, Object>>() {});
            Object header = m.getOrDefault("headerRow", 1);
            return new ImportMapping(
                    str(m.get("name")),
                    str(m.get("description")),
                    header instanceof Number n ? n.intValue() : Integer.parseInt(str(header)),
                    strings(m.get("columns")),
                    strings(m.get("constants")),
                    str(m.get("subject")),
                    tables(m.get("values")));
        } catch (JsonProcessingException | ClassCastException | NumberFormatException e) {
            throw new IllegalArgumentException("取込み設定の JSON を読めません: " + e.getMessage(), e);
        }
    }

    public static String toJson(ImportMapping mapping) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", mapping.name());
        m.put("description", mapping.description());
        m.put("headerRow", mapping.headerRow());
        m.put("columns", mapping.columns());
        m.put("constants", mapping.constants());
        m.put("subject", mapping.subject());
        m.put("values", mapping.values());
        try {
            return Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(m);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String str(Object o) {
        return o == null ? "" : o.toString();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> strings(Object o) {
        Map<String, String> out = new LinkedHashMap<>();
        if (o != null) {
            ((Map<String, Object>) o).forEach((k, v) -> out.put(k, str(v)));
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, String>> tables(Object o) {
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        if (o != null) {
            ((Map<String, Object>) o).forEach((k, v) -> out.put(k, strings(v)));
        }
        return out;
    }
}
