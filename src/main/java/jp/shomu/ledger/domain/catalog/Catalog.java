package jp.shomu.ledger.domain.catalog;

import java.util.List;
import java.util.Optional;

/**
 * One version of the catalog of task types. A changed catalog is a new version; a case keeps the version
 * it was started with. {@code seasonal} is the recurring work of the year (the seasonal work calendar's items).
 */
public record Catalog(
        int version,
        List<MajorCategory> majors,
        List<ErrorCategory> errorCategories,
        List<TaskType> taskTypes,
        List<Threshold> thresholds,
        List<RecurringWork> seasonal) {
    public Catalog {
        seasonal = seasonal == null ? List.of() : List.copyOf(seasonal);
        thresholds = thresholds == null ? List.of() : List.copyOf(thresholds);
        majors = majors == null ? List.of() : List.copyOf(majors);
        errorCategories = errorCategories == null ? List.of() : List.copyOf(errorCategories);
        taskTypes = taskTypes == null ? List.of() : List.copyOf(taskTypes);
    }

    public Catalog withVersion(int newVersion) {
        return new Catalog(newVersion, majors, errorCategories, taskTypes, thresholds, seasonal);
    }

    public Catalog withTaskTypes(List<TaskType> newTypes) {
        return new Catalog(version, majors, errorCategories, newTypes, thresholds, seasonal);
    }

    public Optional<Threshold> threshold(String key) {
        return thresholds.stream().filter(t -> t.key().equals(key)).findFirst();
    }

    public Catalog withSeasonal(List<RecurringWork> items) {
        return new Catalog(version, majors, errorCategories, taskTypes, thresholds, items);
    }

    public Optional<RecurringWork> seasonalItem(String key) {
        return seasonal.stream().filter(i -> i.key().equalsIgnoreCase(key)).findFirst();
    }

    public Optional<TaskType> taskType(String code) {
        return taskTypes.stream()
                .filter(t -> t.code().equals(code) || t.id().equals(code))
                .findFirst();
    }

    public Optional<MajorCategory> major(String code) {
        return majors.stream().filter(m -> m.code().equals(code)).findFirst();
    }

    public Optional<ErrorCategory> errorCategory(String codeOrLabel) {
        return errorCategories.stream()
                .filter(e -> e.code().equals(codeOrLabel) || e.label().equals(codeOrLabel))
                .findFirst();
    }
}
