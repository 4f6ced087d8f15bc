package jp.shomu.ledger.service.imports;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import jp.shomu.ledger.domain.cases.InvalidInputException;
import jp.shomu.ledger.domain.cases.MyNumberGuard;
import jp.shomu.ledger.domain.catalog.Catalog;
import jp.shomu.ledger.domain.catalog.FieldDef;
import jp.shomu.ledger.domain.catalog.FieldType;
import jp.shomu.ledger.domain.catalog.TaskType;
import jp.shomu.ledger.domain.imports.ColumnLetters;
import jp.shomu.ledger.domain.imports.ImportMapping;
import jp.shomu.ledger.service.FieldInput;

/**
 * Checks one data row with exactly the rules a case typed on screen meets ({@link FieldInput#merge}: types, 和暦,
 * full-width digits, yen with commas, choices, and no 個人番号), and says for each bad cell which column and why.
 */
public final class RowValidator {
    /** A time after a date, as LoGoフォーム and kintone write 回答日時 / 作成日時: only the date is used. */
    private static final Pattern TRAILING_TIME = Pattern.compile("\\s+\\d{1,2}:\\d{2}(:\\d{2}(\\.\\d+)?)?$");

    private static final String MY_NUMBER = "個人番号と思われる12桁の番号があります。この台帳には個人番号を記録できません" + "(その欄を消して、確認済の印だけにしてください)";
    /** A value our own export marked so a spreadsheet would not run it as a formula ('=…): the mark is taken off. */
    private static final Pattern EXPORT_MARK = Pattern.compile("^'(?=[=+\\-@])");

    private final Catalog catalog;
    private final ImportMapping mapping;
    private final ColumnPlan plan;

    public RowValidator(Catalog catalog, ImportMapping mapping, ColumnPlan plan) {
        this.catalog = catalog;
        this.mapping = mapping;
        this.plan = plan;
    }

    /** A row that passed: what {@code CaseService.create} receives. */
    public record ValidRow(int row, TaskType type, String subject, Map<String, String> fields) {}

    /** A row's outcome: the valid row, or its problems (never both). */
    public record Outcome(Optional<ValidRow> valid, List<ImportProblem> problems) {}

    public static boolean isBlank(List<String> cells) {
        return cells.stream().allMatch(c -> c == null || c.isBlank());
    }

    public Outcome check(int row, List<String> cells) {
        List<ImportProblem> problems = new ArrayList<>();
        Map<String, String> byHeader = new HashMap<>();
        Map<String, String> byTarget = new LinkedHashMap<>();
        Map<String, String> columnOf = new HashMap<>();
        java.util.Set<String> myNumber = new java.util.HashSet<>();
        for (int c = 0; c < cells.size(); c++) {
            String value = clean(cells.get(c));
            String header = c < plan.size() ? plan.header(c) : "";
            if (MyNumberGuard.contains(value)) {
                // every cell, even one no field takes: a file carrying 個人番号 is not imported at all
                problems.add(new ImportProblem(row, header.isEmpty() ? columnName(c) : header, MY_NUMBER));
                myNumber.add(header);
                continue;
            }
            byHeader.put(header, value);
            String target = c < plan.size() ? plan.target(c) : null;
            if (target == null) {
                if (header.isEmpty() && !value.isEmpty() && mapping.isStandard()) {
                    problems.add(new ImportProblem(row, columnName(c), "見出しのない列に値があります"));
                }
                continue;
            }
            byTarget.put(target, mapping.translate(target, value));
            columnOf.put(target, header);
        }
        mapping.constants().forEach((target, value) -> {
            String t = ColumnPlan.normalize(target);
            if (byTarget.getOrDefault(t, "").isEmpty()) {
                byTarget.put(t, value.contains("{") ? ImportMapping.fill(value, byHeader) : value);
                columnOf.put(t, "(固定値)" + t);
            }
        });
        Optional<TaskType> type = type(
                row,
                byTarget.getOrDefault(ImportMapping.TYPE, ""),
                columnOf.getOrDefault(ImportMapping.TYPE, ImportMapping.TYPE),
                problems);
        String subject = mapping.subject().isEmpty()
                ? byTarget.getOrDefault(ImportMapping.SUBJECT, "")
                : mapping.subjectFrom(byHeader);
        boolean subjectFlagged = mapping.subject().isEmpty()
                ? myNumber.contains(columnOf.getOrDefault(ImportMapping.SUBJECT, ImportMapping.SUBJECT))
                        || plan.hasSubjectColumn(myNumber)
                : mapping.subjectColumns().stream().map(ColumnPlan::normalize).anyMatch(myNumber::contains);
        if (!subjectFlagged) {
            checkSubject(row, subject, columnOf.getOrDefault(ImportMapping.SUBJECT, ImportMapping.SUBJECT), problems);
        }
        Map<String, String> fields = new LinkedHashMap<>();
        if (type.isPresent()) {
            for (Map.Entry<String, String> e : byTarget.entrySet()) {
                String target = e.getKey();
                if (target.equals(ImportMapping.TYPE)
                        || target.equals(ImportMapping.SUBJECT)
                        || e.getValue().isEmpty()) {
                    continue;
                }
                field(row, type.get(), target, e.getValue(), columnOf.get(target), problems)
                        .ifPresent(kv -> fields.put(kv[0], kv[1]));
            }
        }
        if (type.isPresent()) {
            requireFields(row, type.get(), fields, columnOf, problems);
        }
        if (!problems.isEmpty()) {
            return new Outcome(Optional.empty(), problems);
        }
        return new Outcome(Optional.of(new ValidRow(row, type.orElseThrow(), subject.strip(), fields)), List.of());
    }

    /**
     * The fields the form marks 必須 must have a value, as the form asks before a case goes for its double check: an
     * imported case is complete or not imported. A field whose cell was refused already is not named twice.
     */
    private static void requireFields(
            int row,
            TaskType type,
            Map<String, String> fields,
            Map<String, String> columnOf,
            List<ImportProblem> problems) {
        java.util.Set<String> named = new java.util.HashSet<>();
        problems.forEach(p -> named.add(p.column()));
        for (FieldDef f : FieldInput.fieldsOf(type)) {
            if (!f.required() || !fields.getOrDefault(f.key(), "").isBlank()) {
                continue;
            }
            String column =
                    columnOf.getOrDefault(f.key(), columnOf.getOrDefault(ColumnPlan.normalize(f.label()), f.label()));
            if (!named.contains(column)) {
                problems.add(new ImportProblem(
                        row,
                        column,
                        "必須項目「" + f.label() + "」が空欄です(" + type.code() + " " + type.name() + " では入力が必要です)"));
            }
        }
    }

    private Optional<TaskType> type(int row, String value, String column, List<ImportProblem> problems) {
        String v = ColumnPlan.normalize(value);
        if (v.isEmpty()) {
            problems.add(new ImportProblem(row, column, "中区分が空欄です(例: 2-2 または 各種手当認定事務)"));
            return Optional.empty();
        }
        String code = v.split("\\s+", 2)[0];
        Optional<TaskType> t = catalog.taskType(code)
                .or(() -> catalog.taskTypes().stream()
                        .filter(x -> ColumnPlan.normalize(x.name()).equals(v))
                        .findFirst());
        if (t.isEmpty()) {
            problems.add(new ImportProblem(row, column, "中区分「" + value + "」はカタログにありません(例: 2-2 または 各種手当認定事務)"));
        }
        return t;
    }

    private static void checkSubject(int row, String subject, String column, List<ImportProblem> problems) {
        if (subject == null || subject.isBlank()) {
            problems.add(new ImportProblem(row, column, "件名が空欄です"));
        } else if (subject.strip().length() > 200) {
            problems.add(new ImportProblem(
                    row, column, "件名は200文字以内にしてください(" + subject.strip().length() + "文字)"));
        } else {
            try {
                FieldInput.requireText("件名", subject);
            } catch (InvalidInputException e) {
                problems.add(new ImportProblem(row, column, e.getMessage()));
            }
        }
    }

    /** The field's key and canonical value, or a problem naming the column. */
    private static Optional<String[]> field(
            int row, TaskType type, String target, String value, String column, List<ImportProblem> problems) {
        Optional<FieldDef> def = FieldInput.fieldsOf(type).stream()
                .filter(f -> f.key().equals(target)
                        || ColumnPlan.normalize(f.label()).equals(target))
                .findFirst();
        if (def.isEmpty()) {
            problems.add(new ImportProblem(
                    row,
                    column,
                    "「" + target + "」は " + type.code() + " " + type.name() + " の項目ではありません(この中区分の行では空欄にしてください)"));
            return Optional.empty();
        }
        if (def.get().calculated()) {
            // the ledger works it out from the row's other values; what the old list held is not kept
            return Optional.empty();
        }
        String v = def.get().type() == FieldType.DATE || def.get().type() == FieldType.MONTH
                ? TRAILING_TIME.matcher(value).replaceFirst("")
                : value;
        try {
            String canonical = FieldInput.merge(type, Map.of(), Map.of(def.get().key(), v))
                    .getOrDefault(def.get().key(), "");
            return Optional.of(new String[] {def.get().key(), canonical});
        } catch (InvalidInputException e) {
            String prefix = "「" + def.get().label() + "」: ";
            String message =
                    e.getMessage().startsWith(prefix) ? e.getMessage().substring(prefix.length()) : e.getMessage();
            problems.add(new ImportProblem(row, column, message));
            return Optional.empty();
        }
    }

    private static String clean(String cell) {
        if (cell == null) {
            return "";
        }
        String s = Normalizer.normalize(cell, Normalizer.Form.NFC).strip();
        return EXPORT_MARK.matcher(s).replaceFirst("");
    }

    /** A, B, … Z, AA … as Excel names columns. */
    static String columnName(int index) {
        return ColumnLetters.of(index) + "列";
    }
}
