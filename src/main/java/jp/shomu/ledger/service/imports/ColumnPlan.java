package jp.shomu.ledger.service.imports;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.shomu.ledger.domain.cases.CommonFields;
import jp.shomu.ledger.domain.catalog.Catalog;
import jp.shomu.ledger.domain.catalog.FieldDef;
import jp.shomu.ledger.domain.catalog.TaskType;
import jp.shomu.ledger.domain.imports.ImportMapping;

/**
 * What each column of the file means, worked out once from the header row and the mapping: the task type, the
 * subject, a field (looked up per row in that row's task type), or nothing. Problems with the header itself — an
 * unknown heading, a column the mapping names but the file lacks — are reported as row problems of the header row.
 */
public final class ColumnPlan {
    private static final Set<String> TYPE_HEADINGS = Set.of(ImportMapping.TYPE, "中区分コード", "業務コード", "typeCode");
    private static final Set<String> SUBJECT_HEADINGS = Set.of(ImportMapping.SUBJECT, "subject");

    private final List<String> headers;
    private final List<String> targets;
    private final List<ImportProblem> problems = new ArrayList<>();

    private ColumnPlan(List<String> headers, List<String> targets) {
        this.headers = headers;
        this.targets = targets;
    }

    static String normalize(String s) {
        return s == null
                ? ""
                : Normalizer.normalize(s.replace("\uFEFF", ""), Normalizer.Form.NFKC)
                        .strip();
    }

    public static ColumnPlan of(List<String> headerCells, int headerRow, ImportMapping mapping, Catalog catalog) {
        List<String> headers = headerCells.stream().map(ColumnPlan::normalize).toList();
        Set<String> known = knownTargets(catalog);
        List<String> targets = new ArrayList<>();
        ColumnPlan plan = new ColumnPlan(headers, targets);
        Map<String, String> mapped = new HashMap<>();
        mapping.columns().forEach((k, v) -> mapped.put(normalize(k), normalize(v)));
        Set<String> seen = new LinkedHashSet<>();
        for (int c = 0; c < headers.size(); c++) {
            String h = headers.get(c);
            String target;
            if (mapping.isStandard()) {
                target = h.isEmpty()
                        ? null
                        : TYPE_HEADINGS.contains(h)
                                ? ImportMapping.TYPE
                                : SUBJECT_HEADINGS.contains(h) ? ImportMapping.SUBJECT : h;
                if (target != null && !known.contains(target)) {
                    plan.problems.add(new ImportProblem(
                            headerRow, h, "この見出しはどの項目にも当たりません" + "(見出しは「中区分」「件名」と項目名。import template で作る見本を参照)"));
                    target = null;
                }
            } else {
                target = mapped.get(h);
            }
            if (target != null && !seen.add(canonical(target, catalog))) {
                plan.problems.add(new ImportProblem(headerRow, h, "同じ項目(" + target + ")に当たる列が2つあります"));
                target = null;
            }
            targets.add(target);
        }
        if (!mapping.isStandard()) {
            plan.checkMapping(mapping, headerRow, known, mapped);
        }
        return plan;
    }

    private void checkMapping(ImportMapping mapping, int headerRow, Set<String> known, Map<String, String> mapped) {
        mapped.forEach((source, target) -> {
            if (!headers.contains(source)) {
                problems.add(new ImportProblem(headerRow, source, "取込み設定「" + mapping.name() + "」にある列がファイルにありません"));
            }
            if (!known.contains(target)) {
                problems.add(new ImportProblem(headerRow, source, "取込み設定の対応先「" + target + "」はどの項目でもありません"));
            }
        });
        for (String source : mapping.subjectColumns()) {
            if (!headers.contains(normalize(source))) {
                problems.add(new ImportProblem(headerRow, source, "件名に使う列がファイルにありません(取込み設定「" + mapping.name() + "」)"));
            }
        }
        mapping.constants().keySet().stream()
                .map(ColumnPlan::normalize)
                .filter(t -> !known.contains(t))
                .forEach(t ->
                        problems.add(new ImportProblem(headerRow, "(固定値)" + t, "取込み設定の固定値の項目「" + t + "」はどの項目でもありません")));
        if (!targets.contains(ImportMapping.TYPE) && !mapping.constants().containsKey(ImportMapping.TYPE)) {
            problems.add(new ImportProblem(headerRow, "", "中区分を決める列も固定値もありません"));
        }
    }

    /** 中区分, 件名, and every field label and key of every task type. */
    private static Set<String> knownTargets(Catalog catalog) {
        Set<String> known = new java.util.HashSet<>(Set.of(ImportMapping.TYPE, ImportMapping.SUBJECT));
        for (FieldDef f : CommonFields.ALL) {
            known.add(f.key());
            known.add(normalize(f.label()));
        }
        for (TaskType t : catalog.taskTypes()) {
            for (FieldDef f : t.fields()) {
                known.add(f.key());
                known.add(normalize(f.label()));
            }
        }
        return known;
    }

    /** A label and its key are the same target: both columns at once would be ambiguous. */
    private static String canonical(String target, Catalog catalog) {
        for (FieldDef f : CommonFields.ALL) {
            if (normalize(f.label()).equals(target)) {
                return f.key();
            }
        }
        for (TaskType t : catalog.taskTypes()) {
            for (FieldDef f : t.fields()) {
                if (normalize(f.label()).equals(target)) {
                    return f.key();
                }
            }
        }
        return target;
    }

    /** Whether one of {@code headers} is the column that gives the subject. */
    boolean hasSubjectColumn(java.util.Set<String> headerSet) {
        for (int c = 0; c < headers.size(); c++) {
            if (ImportMapping.SUBJECT.equals(targets.get(c)) && headerSet.contains(headers.get(c))) {
                return true;
            }
        }
        return false;
    }

    public List<ImportProblem> problems() {
        return problems;
    }

    public int size() {
        return headers.size();
    }

    public String header(int column) {
        return headers.get(column);
    }

    /** The column's target, or null for a column that is ignored. */
    public String target(int column) {
        return targets.get(column);
    }
}
