package jp.shomu.ledger.domain.catalog;

import java.util.List;
import java.util.Map;

/**
 * One field a case of a task type carries.
 *
 * @param key       stable identifier (ASCII, camelCase) used in the ledger and on the command line
 * @param label     Japanese label shown to the operator
 * @param sensitive personal information that is masked unless the role may see it
 * @param choices   allowed values for {@link FieldType#CHOICE}; empty otherwise
 * @param help      a short hint shown under the editor; may be empty
 * @param when      when the field applies (住居手当 only, …); null when it always does
 * @param formula   a calculated field's formula (see docs/CATALOG.md); null for a field the operator types
 */
public record FieldDef(
        String key,
        String label,
        FieldType type,
        boolean required,
        boolean sensitive,
        List<String> choices,
        String help,
        FieldCondition when,
        String formula) {
    public FieldDef {
        choices = choices == null ? List.of() : List.copyOf(choices);
        help = help == null ? "" : help;
    }

    public FieldDef(
            String key,
            String label,
            FieldType type,
            boolean required,
            boolean sensitive,
            List<String> choices,
            String help) {
        this(key, label, type, required, sensitive, choices, help, null, null);
    }

    /** A calculated field (自動): shown read-only, worked out from the other fields whenever the case changes. */
    public boolean calculated() {
        return formula != null;
    }

    /** Whether the field applies to a case with these values (canonical text by key); a hidden field is not asked. */
    public boolean appliesTo(Map<String, String> values) {
        return when == null || when.holds(values);
    }
}
