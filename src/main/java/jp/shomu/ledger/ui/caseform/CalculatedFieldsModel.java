package jp.shomu.ledger.ui.caseform;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import jp.shomu.ledger.domain.calc.CaseCalculator;
import jp.shomu.ledger.domain.catalog.TaskType;

/**
 * Keeps the form's calculated fields (自動) and the checklist's ✓/✗ hints up to date as the person types: whenever a
 * field the person can type changes, the same calculation the ledger runs on save is run on what is typed so far.
 * A field that does not read as a value yet counts as blank.
 */
final class CalculatedFieldsModel {
    private final TaskType type;
    private final CaseCalculator calculator;
    private final List<FieldEditorModel> fields;
    private final List<ChecklistItemModel> checklist;

    CalculatedFieldsModel(
            TaskType type,
            CaseCalculator calculator,
            List<FieldEditorModel> fields,
            List<ChecklistItemModel> checklist) {
        this.type = type;
        this.calculator = calculator;
        this.fields = fields;
        this.checklist = checklist;
        fields.stream()
                .filter(f -> !f.def().calculated())
                .forEach(f -> f.textProperty().addListener((obs, old, now) -> recompute()));
        recompute();
    }

    void recompute() {
        Map<String, String> typed = new TreeMap<>();
        for (FieldEditorModel f : fields) {
            if (!f.def().calculated()
                    && f.validProperty().get()
                    && !f.textProperty().get().isBlank()) {
                typed.put(f.def().key(), f.canonical());
            }
        }
        Map<String, String> result = calculator.apply(type, typed);
        fields.stream()
                .filter(f -> f.def().calculated() && !f.masked())
                .forEach(f -> f.load(result.getOrDefault(f.def().key(), "")));
        checklist.forEach(item -> item.showCheck(calculator.check(type, item.item(), typed)));
    }
}
