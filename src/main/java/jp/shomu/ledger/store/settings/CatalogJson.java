package jp.shomu.ledger.store.settings;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import jp.shomu.ledger.domain.cases.InvalidInputException;
import jp.shomu.ledger.domain.catalog.Catalog;
import jp.shomu.ledger.domain.catalog.ChecklistItem;
import jp.shomu.ledger.domain.catalog.ErrorCategory;
import jp.shomu.ledger.domain.catalog.FieldDef;
import jp.shomu.ledger.domain.catalog.FieldType;
import jp.shomu.ledger.domain.catalog.MajorCategory;
import jp.shomu.ledger.domain.catalog.RecurringWork;
import jp.shomu.ledger.domain.catalog.SlaKind;
import jp.shomu.ledger.domain.catalog.TaskType;
import jp.shomu.ledger.domain.catalog.Threshold;
import jp.shomu.ledger.domain.seasonal.DayRule;
import jp.shomu.ledger.domain.seasonal.SeasonalAction;

/**
 * Reads the catalog from its JSON files (catalog/catalog.json and one catalog/types/CODE.json per 中区分) and
 * validates it; every error names the file and the JSON path, so whoever edits the catalog finds the mistake.
 */
public final class CatalogJson {
    private static final String ROOT = "/catalog/";
    private static final ObjectMapper STRICT = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .addMixIn(FieldDef.class, FieldDefJson.class)
            .addMixIn(ChecklistItem.class, ChecklistItemJson.class);

    /** A field that always applies is written without {@code "when"}, so catalogs before conditions read the same. */
    private abstract static class FieldDefJson {
        @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
        abstract jp.shomu.ledger.domain.catalog.FieldCondition when();

        @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
        abstract String formula();
    }

    /** A step without a check is written without {@code "check"}. */
    private abstract static class ChecklistItemJson {
        @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
        abstract String check();
    }

    private record Header(
            int version,
            List<MajorCategory> majors,
            List<ErrorCategory> errorCategories,
            List<String> taskTypes,
            List<Threshold> thresholds,
            List<RecurringWork> seasonal) {}

    public interface Source {
        InputStream open(String name) throws IOException;
    }

    private CatalogJson() {}

    /** The catalog shipped with the app, as seeded into each new ledger. */
    public static Catalog bundled() {
        return read(name -> CatalogJson.class.getResourceAsStream(ROOT + name));
    }

    public static Catalog read(Source source) {
        Header header = parse(source, "catalog.json", Header.class);
        List<TaskType> types = new ArrayList<>();
        for (int i = 0; i < header.taskTypes().size(); i++) {
            String code = header.taskTypes().get(i);
            String file = "types/" + code + ".json";
            TaskType type = parse(source, file, TaskType.class);
            validate(file, type, header);
            if (!type.code().equals(code)) {
                throw new CatalogFormatException(file, "$.code", "コード " + type.code() + " がファイル名 " + code + " と一致しません");
            }
            types.add(type);
        }
        Catalog catalog = new Catalog(
                header.version(),
                header.majors(),
                header.errorCategories(),
                types,
                header.thresholds(),
                header.seasonal());
        CatalogFormulas.validate("", catalog);
        validateSeasonal("catalog.json", catalog);
        requireUnique(
                "catalog.json",
                "$.taskTypes",
                types.stream().map(TaskType::code).toList());
        requireUnique(
                "catalog.json",
                "$.errorCategories",
                catalog.errorCategories().stream().map(ErrorCategory::code).toList());
        return catalog;
    }

    /** Parses a catalog stored in a ledger (one JSON document). */
    public static Catalog fromLedger(String json, int version) {
        try {
            return withSeasonalOf(json, STRICT.readValue(json, Catalog.class));
        } catch (JsonProcessingException e) {
            throw new CatalogFormatException("台帳内のカタログ 版" + version, path(e), e.getOriginalMessage());
        }
    }

    /**
     * Parses a whole catalog in the ledger's one-document form (as proposed for a change) and validates it exactly
     * like the bundled files; errors name {@code source}, the task type and the JSON path.
     */
    public static Catalog validated(String json, String source) {
        Catalog catalog;
        try {
            catalog = STRICT.readValue(json, Catalog.class);
            catalog = catalog == null ? null : withSeasonalOf(json, catalog);
        } catch (JsonProcessingException e) {
            throw new CatalogFormatException(source, path(e), e.getOriginalMessage());
        }
        require(source, "$", catalog != null && !catalog.taskTypes().isEmpty(), "業務(taskTypes)が1つもありません");
        Header header = new Header(
                catalog.version(),
                catalog.majors(),
                catalog.errorCategories(),
                catalog.taskTypes().stream().map(TaskType::code).toList(),
                catalog.thresholds(),
                catalog.seasonal());
        for (int i = 0; i < catalog.taskTypes().size(); i++) {
            validate(source + " の taskTypes[" + i + "]", catalog.taskTypes().get(i), header);
        }
        requireUnique(source, "$.taskTypes", header.taskTypes());
        CatalogFormulas.validate(source + " の ", catalog);
        validateSeasonal(source, catalog);
        requireUnique(
                source,
                "$.errorCategories",
                catalog.errorCategories().stream().map(ErrorCategory::code).toList());
        return catalog;
    }

    /**
     * A catalog written before the recurring work became catalog data has no {@code seasonal}: it gets the bundled
     * items, so a ledger's seasonal calendar keeps working across the upgrade.
     */
    private static Catalog withSeasonalOf(String json, Catalog catalog) throws JsonProcessingException {
        return STRICT.readTree(json).has("seasonal")
                ? catalog
                : catalog.withSeasonal(bundled().seasonal());
    }

    public static String toJson(Catalog catalog) {
        try {
            return STRICT.writeValueAsString(catalog);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> T parse(Source source, String file, Class<T> type) {
        try (InputStream in = source.open(file)) {
            if (in == null) {
                throw new CatalogFormatException(file, "$", "ファイルがありません");
            }
            T value = STRICT.readValue(in, type);
            if (value == null) {
                throw new CatalogFormatException(file, "$", "空のファイルです");
            }
            return value;
        } catch (JsonMappingException e) {
            throw new CatalogFormatException(file, path(e), e.getOriginalMessage());
        } catch (JsonProcessingException e) {
            throw new CatalogFormatException(
                    file, "行 " + e.getLocation().getLineNr(), "JSON の書式誤り: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new CatalogFormatException(file, "$", "読めません: " + e.getMessage());
        }
    }

    private static String path(JsonProcessingException e) {
        if (!(e instanceof JsonMappingException m)) {
            return "$";
        }
        StringBuilder sb = new StringBuilder("$");
        for (JsonMappingException.Reference ref : m.getPath()) {
            if (ref.getFieldName() != null) {
                sb.append('.').append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    private static void validate(String file, TaskType t, Header header) {
        for (String[] part : new String[][] {
            {"code", t.code()},
            {"id", t.id()},
            {"name", t.name()},
            {"majorCode", t.majorCode()},
            {"description", t.description()}
        }) {
            require(file, "$." + part[0], part[1] != null, "必須の項目がありません");
        }
        require(file, "$.sla", t.sla() != null && t.sla().kind() != null, "期限の規則(sla.kind)がありません");
        require(file, "$.code", t.code().matches("\\d-\\d"), "コードは「2-1」の形です");
        require(
                file,
                "$.majorCode",
                header.majors().stream().anyMatch(m -> m.code().equals(t.majorCode())),
                "大区分 " + t.majorCode() + " が catalog.json にありません");
        require(file, "$.majorCode", t.code().startsWith(t.majorCode() + "-"), "コードの大区分と一致しません");
        require(file, "$.name", !t.name().isBlank(), "名前が空です");
        require(file, "$.standardMinutes", t.standardMinutes() > 0, "標準処理時間は1分以上です");
        require(file, "$.annualCases", t.annualCases() >= 0, "年間件数が負です");
        for (int i = 0; i < t.peakMonths().size(); i++) {
            int m = t.peakMonths().get(i);
            require(file, "$.peakMonths[" + i + "]", m >= 1 && m <= 12, "月は1〜12です");
        }
        requireUnique(file, "$.fields", t.fields().stream().map(FieldDef::key).toList());
        for (int i = 0; i < t.fields().size(); i++) {
            FieldDef f = t.fields().get(i);
            String at = "$.fields[" + i + "]";
            require(file, at, f.key() != null && f.label() != null && f.type() != null, "key, label, type は必須です");
            require(file, at + ".key", f.key().matches("[a-z][A-Za-z0-9]*"), "キーは英字で始まる camelCase です");
            require(file, at + ".label", !f.label().isBlank(), "ラベルが空です");
            require(
                    file,
                    at + ".choices",
                    (f.type() == FieldType.CHOICE) == !f.choices().isEmpty(),
                    "選択肢は CHOICE の項目にだけ、1つ以上書きます");
            require(
                    file,
                    at + ".label",
                    !(f.label().contains("個人番号") && f.type() != FieldType.FLAG),
                    "個人番号そのものは台帳に持ちません(確認済の FLAG だけ)");
            if (f.when() != null) {
                var on = t.field(f.when().field());
                require(
                        file,
                        at + ".when.field",
                        on.isPresent()
                                && !on.get().key().equals(f.key())
                                && on.get().when() == null,
                        "条件の項目「" + f.when().field() + "」がこの業務にありません(条件付きの項目は条件にできません)");
                require(
                        file,
                        at + ".when.values",
                        !f.when().values().isEmpty()
                                && (on.get().type() != FieldType.CHOICE
                                        || on.get()
                                                .choices()
                                                .containsAll(f.when().values())),
                        "条件の値は、条件の項目の選択肢から1つ以上書きます");
            }
        }
        for (int i = 0; i < t.checklist().size(); i++) {
            ChecklistItem item = t.checklist().get(i);
            require(file, "$.checklist[" + i + "]", item.id() != null && item.label() != null, "id と label は必須です");
        }
        requireUnique(
                file,
                "$.checklist",
                t.checklist().stream().map(ChecklistItem::id).toList());
        require(file, "$.checklist", !t.checklist().isEmpty(), "チェックリストが空です");
        require(
                file,
                "$.checklist",
                t.checklist().stream().anyMatch(ChecklistItem::secondPerson),
                "ダブルチェック(secondPerson)の項目が1つもありません");
        require(file, "$.sla.days", t.sla().days() >= 0, "日数が負です");
        require(file, "$.sla.warnDays", t.sla().warnDays() >= 0, "警告日数が負です");
        if (t.sla().kind() == SlaKind.BEFORE_DEADLINE) {
            require(
                    file,
                    "$.sla.deadlineField",
                    t.field(t.sla().deadlineField())
                            .filter(f -> f.type() == FieldType.DATE)
                            .isPresent(),
                    "締切日の項目(DATE)を指定してください");
        }
    }

    private static void validateSeasonal(String file, Catalog catalog) {
        for (int i = 0; i < catalog.seasonal().size(); i++) {
            RecurringWork work = catalog.seasonal().get(i);
            String at = "$.seasonal[" + i + "]";
            require(
                    file,
                    at,
                    work.key() != null && work.label() != null && work.typeCode() != null && work.subject() != null,
                    "key, label, typeCode, months, action, subject, rule は必須です");
            require(file, at + ".key", work.key().matches("[A-Z][A-Z0-9_]*"), "キーは英大文字・数字・_ です(例 BONUS)");
            require(file, at + ".label", !work.label().isBlank(), "名前が空です");
            require(file, at + ".subject", !work.subject().isBlank(), "件名が空です");
            require(
                    file,
                    at + ".typeCode",
                    catalog.taskType(work.typeCode()).isPresent(),
                    "中区分 " + work.typeCode() + " が業務カタログにありません");
            require(file, at + ".months", !work.months().isEmpty(), "月が1つもありません");
            for (int m = 0; m < work.months().size(); m++) {
                int month = work.months().get(m);
                require(file, at + ".months[" + m + "]", month >= 1 && month <= 12, "月は1〜12です: " + month);
            }
            requireReads(file, at + ".action", () -> SeasonalAction.parse(work.action()));
            requireReads(file, at + ".rule", () -> DayRule.parse(work.rule()));
        }
        requireUnique(
                file,
                "$.seasonal",
                catalog.seasonal().stream().map(RecurringWork::key).toList());
    }

    /** A value the seasonal calendar reads (action, day rule) is refused at load with the calendar's own message. */
    private static void requireReads(String file, String path, Runnable read) {
        try {
            read.run();
        } catch (InvalidInputException e) {
            throw new CatalogFormatException(file, path, e.getMessage());
        }
    }

    private static void requireUnique(String file, String path, List<String> values) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < values.size(); i++) {
            require(file, path + "[" + i + "]", seen.add(values.get(i)), "「" + values.get(i) + "」が重複しています");
        }
    }

    private static void require(String file, String path, boolean ok, String problem) {
        if (!ok) {
            throw new CatalogFormatException(file, path, problem);
        }
    }
}
