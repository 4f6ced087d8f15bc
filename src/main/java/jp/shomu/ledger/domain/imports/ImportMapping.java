package jp.shomu.ledger.domain.imports;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the columns of another system's file (a LoGoフォーム or kintone export) become case fields.
 *
 * @param headerRow the row holding the column names (1 = the first row); rows above it are skipped
 * @param columns   source column name → target: {@link #TYPE}, {@link #SUBJECT}, or a field's key or Japanese label.
 *                  Columns not listed are ignored.
 * @param constants target → a value every row gets (e.g. 中区分 → 2-2, 受付経路 → LoGoフォーム)
 * @param subject   the subject built from source columns, e.g. 「通勤手当 {職員番号}」; empty when a column maps to 件名
 * @param values    target → (value in the file → value in the ledger), for choices worded differently
 */
public record ImportMapping(
        String name,
        String description,
        int headerRow,
        Map<String, String> columns,
        Map<String, String> constants,
        String subject,
        Map<String, Map<String, String>> values) {
    /** The target naming the task type (a code such as 2-2, or the 中区分's name). */
    public static final String TYPE = "中区分";

    public static final String SUBJECT = "件名";
    /** The name of the built-in layout: the template's own headings, no mapping needed. */
    public static final String DEFAULT_NAME = "標準";

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]+)}");

    public ImportMapping {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("取込み設定に名前(name)がありません");
        }
        if (headerRow < 1) {
            throw new IllegalArgumentException("見出しの行(headerRow)は1以上です: " + headerRow);
        }
        description = description == null ? "" : description;
        columns = columns == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(columns));
        constants =
                constants == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(constants));
        subject = subject == null ? "" : subject;
        values = values == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** The built-in layout: headings are 中区分, 件名 and field labels or keys, exactly as the template writes them. */
    public static ImportMapping standard() {
        return new ImportMapping(
                DEFAULT_NAME, "取込み用テンプレート(import template)の見出しのまま", 1, Map.of(), Map.of(), "", Map.of());
    }

    public boolean isStandard() {
        return columns.isEmpty() && constants.isEmpty() && subject.isEmpty();
    }

    /** Fills the subject template from a row's values by source column name; unknown names stay as written. */
    public String subjectFrom(Map<String, String> rowByHeader) {
        return fill(subject, rowByHeader);
    }

    /**
     * Fills {@code template}'s {列名} placeholders from a row's values by source column name; unknown names become
     * empty. A constant may be such a template, e.g. 届出受理日 = {回答日時} when a form's answer time is both.
     */
    public static String fill(String template, Map<String, String> rowByHeader) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String v = rowByHeader.getOrDefault(m.group(1).strip(), "");
            m.appendReplacement(out, Matcher.quoteReplacement(v.strip()));
        }
        m.appendTail(out);
        return out.toString().replaceAll("\\s+", " ").strip();
    }

    /** Source column names the subject template refers to. */
    public java.util.List<String> subjectColumns() {
        java.util.List<String> names = new java.util.ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(subject);
        while (m.find()) {
            names.add(m.group(1).strip());
        }
        return names;
    }

    /** The value as the ledger words it, after this mapping's translation for {@code target}. */
    public String translate(String target, String value) {
        Map<String, String> table = values.get(target);
        if (table == null || value == null) {
            return value;
        }
        return table.getOrDefault(value.strip(), value);
    }
}
