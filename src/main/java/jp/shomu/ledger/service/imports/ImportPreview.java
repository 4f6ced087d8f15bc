package jp.shomu.ledger.service.imports;

import java.util.List;
import java.util.Map;

/**
 * What an import would do, found without writing anything: how many rows of each task type would become cases,
 * the first rows as they would be registered, and every problem (the first {@value #MAX_PROBLEMS} in full).
 */
public record ImportPreview(
        String file,
        String mapping,
        long rows,
        Map<String, Long> casesByType,
        List<PlannedCase> sample,
        List<ImportProblem> problems,
        long problemCount,
        long rowsWithProblems) {
    public static final int MAX_PROBLEMS = 1_000;
    public static final int SAMPLE = 100;

    public ImportPreview {
        casesByType = Map.copyOf(casesByType);
        sample = List.copyOf(sample);
        problems = List.copyOf(problems);
    }

    /** Nothing wrong: the import would register every row. */
    public boolean ok() {
        return problemCount == 0;
    }

    public long cases() {
        return casesByType.values().stream().mapToLong(Long::longValue).sum();
    }
}
