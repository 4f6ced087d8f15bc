package jp.shomu.ledger.store.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.shomu.ledger.domain.catalog.Catalog;
import jp.shomu.ledger.domain.catalog.MajorCategory;
import jp.shomu.ledger.domain.catalog.TaskType;
import org.junit.jupiter.api.Test;

/** The bundled catalog loads, follows the rules, and a broken file is named with its JSON path. */
class CatalogJsonTest {
    @Test
    void theBundledCatalogHasThe22TaskTypesOfTheSpecification() {
        Catalog catalog = CatalogJson.bundled();
        assertEquals(22, catalog.taskTypes().size());
        assertEquals("各種手当認定事務", catalog.taskType("2-2").orElseThrow().name());
        assertEquals(
                "ALLOWANCE_CERTIFICATION", catalog.taskType("2-2").orElseThrow().id());
        for (TaskType t : catalog.taskTypes()) {
            assertTrue(t.checklist().stream().anyMatch(i -> i.secondPerson()), t.code() + " needs a double-check step");
            assertTrue(
                    t.fields().stream()
                            .noneMatch(f -> f.label().contains("個人番号")
                                    && f.type() != jp.shomu.ledger.domain.catalog.FieldType.FLAG),
                    t.code() + " must not hold a My Number");
        }
    }

    @Test
    void referenceHoursOfEachMajorCategoryAddUpToTheSpecification() {
        Catalog catalog = CatalogJson.bundled();
        for (MajorCategory major : catalog.majors()) {
            double sum = catalog.taskTypes().stream()
                    .filter(t -> t.majorCode().equals(major.code()))
                    .mapToDouble(TaskType::referenceAnnualHours)
                    .sum();
            assertEquals(major.referenceAnnualHours(), sum, 0.5, major.name());
        }
        assertEquals(
                30_741,
                catalog.majors().stream()
                        .mapToDouble(MajorCategory::referenceAnnualHours)
                        .sum(),
                0.5);
    }

    @Test
    void aCatalogStoredInALedgerReadsBackTheSame() {
        Catalog catalog = CatalogJson.bundled();
        assertEquals(catalog, CatalogJson.fromLedger(CatalogJson.toJson(catalog), 1));
    }

    @Test
    void aBrokenTypeFileIsNamedWithItsJsonPath() {
        CatalogFormatException unknownType = assertThrows(
                CatalogFormatException.class,
                () -> CatalogJson.read(replacing("\"type\": \"DATE\"", "\"type\": \"DAY\"")));
        assertTrue(
                unknownType.getMessage().contains("types/2-2.json")
                        && unknownType.getMessage().contains("$.fields[3].type"),
                unknownType.getMessage());
        CatalogFormatException choiceless = assertThrows(
                CatalogFormatException.class,
                () -> CatalogJson.read(replacing("\"choices\": [\"新規\", \"変更\", \"消滅\"]", "\"choices\": []")));
        assertTrue(choiceless.getMessage().contains("$.fields[1].choices"), choiceless.getMessage());
        CatalogFormatException syntax = assertThrows(
                CatalogFormatException.class,
                () -> CatalogJson.read(replacing("\"code\": \"2-2\",", "\"code\": \"2-2\"")));
        assertTrue(
                syntax.getMessage().contains("types/2-2.json")
                        && syntax.getMessage().contains("行"),
                syntax.getMessage());
    }

    @Test
    void aSeasonalItemIsRefusedAtLoadForAnUnknownTaskTypeAMonthOrADayRule() {
        CatalogFormatException unknownType = assertThrows(
                CatalogFormatException.class,
                () -> CatalogJson.read(replacingIn("catalog.json", "\"typeCode\": \"3-3\"", "\"typeCode\": \"3-9\"")));
        assertTrue(
                unknownType.getMessage().contains("catalog.json")
                        && unknownType.getMessage().contains("$.seasonal[4].typeCode")
                        && unknownType.getMessage().contains("中区分 3-9 が業務カタログにありません"),
                unknownType.getMessage());
        CatalogFormatException month = assertThrows(
                CatalogFormatException.class,
                () -> CatalogJson.read(replacingIn("catalog.json", "\"months\": [7]", "\"months\": [13]")));
        assertTrue(month.getMessage().contains("$.seasonal[4].months[0]"), month.getMessage());
        CatalogFormatException day = assertThrows(
                CatalogFormatException.class,
                () -> CatalogJson.read(replacingIn("catalog.json", "\"rule\": \"D1\"", "\"rule\": \"1日\"")));
        assertTrue(
                day.getMessage().contains("$.seasonal[2].rule")
                        && day.getMessage().contains("日付の決め方は"),
                day.getMessage());
    }

    @Test
    void aCatalogStoredBeforeSeasonalItemsWereCatalogDataGetsTheBundledItems() throws Exception {
        Catalog bundled = CatalogJson.bundled();
        assertEquals(7, bundled.seasonal().size());
        ObjectNode stored = (ObjectNode) new ObjectMapper().readTree(CatalogJson.toJson(bundled));
        stored.remove("seasonal");
        assertEquals(bundled, CatalogJson.fromLedger(stored.toString(), 1));
        stored.putArray("seasonal");
        assertEquals(List.of(), CatalogJson.fromLedger(stored.toString(), 1).seasonal());
    }

    /** The bundled files, with one replacement in types/2-2.json. */
    private static CatalogJson.Source replacing(String from, String to) {
        return replacingIn("types/2-2.json", from, to);
    }

    /** The bundled files, with one replacement in {@code file}. */
    private static CatalogJson.Source replacingIn(String file, String from, String to) {
        Map<String, String> cache = new HashMap<>();
        return name -> {
            InputStream in = CatalogJson.class.getResourceAsStream("/catalog/" + name);
            if (!name.equals(file)) {
                return in;
            }
            String text = cache.computeIfAbsent(name, n -> {
                try (in) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            assertTrue(text.contains(from), "test setup: " + from);
            return new ByteArrayInputStream(
                    text.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to))
                            .getBytes(StandardCharsets.UTF_8));
        };
    }
}
