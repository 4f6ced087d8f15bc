package jp.shomu.ledger.domain.catalog;

import java.util.List;
import java.util.Map;

/**
 * When a field applies: the field {@code field} holds one of {@code values} (e.g. 手当種別 is 住居). The catalog
 * writes it as {@code "when": {"field": "allowanceKind", "in": ["住居"]}}.
 */
public record FieldCondition(String field, List<String> values) {
    public FieldCondition {
        values = List.copyOf(values);
    }

    public boolean holds(Map<String, String> caseValues) {
        return values.contains(caseValues.getOrDefault(field, ""));
    }
}
