package jp.shomu.ledger.domain.catalog;

import java.util.List;

/**
 * One field a case of a task type carries.
 *
 * @param key       stable identifier (ASCII, camelCase) used in the ledger and on the command line
 * @param label     Japanese label shown to the operator
 * @param sensitive personal information that is masked unless the role may see it
 * @param choices   allowed values for {@link FieldType#CHOICE}; empty otherwise
 * @param help      a short hint shown under the editor; may be empty
 */
public record FieldDef(
        String key,
        String label,
        FieldType type,
        boolean required,
        boolean sensitive,
        List<String> choices,
        String help) {
    public FieldDef {
        choices = choices == null ? List.of() : List.copyOf(choices);
        help = help == null ? "" : help;
    }
}
