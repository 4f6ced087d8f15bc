package jp.shomu.ledger.domain.calc;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import jp.shomu.ledger.domain.calendar.BusinessCalendar;
import jp.shomu.ledger.domain.calendar.FiscalYear;
import jp.shomu.ledger.domain.cases.CommonFields;
import jp.shomu.ledger.domain.catalog.Catalog;
import jp.shomu.ledger.domain.catalog.ChecklistItem;
import jp.shomu.ledger.domain.catalog.FieldDef;
import jp.shomu.ledger.domain.catalog.FieldType;
import jp.shomu.ledger.domain.catalog.TaskType;
import jp.shomu.ledger.domain.catalog.Threshold;

/**
 * Works out a case's calculated fields (自動) and its checklist hints from its other fields, the ledger's business
 * calendar and the thresholds of the case's fiscal year (the fiscal year of 受付日). The same calculation runs for
 * the form as the user types, for {@code case add/set} and for imports, so all three store the same values.
 */
public final class CaseCalculator {
    private final BusinessCalendar calendar;
    private final Catalog catalog;

    public CaseCalculator(BusinessCalendar calendar, Catalog catalog) {
        this.calendar = calendar;
        this.catalog = catalog;
    }

    /**
     * The fields with every calculated field recomputed in catalog order (a formula may read a calculated field
     * above it); a formula whose inputs are blank leaves its field blank.
     */
    public Map<String, String> apply(TaskType type, Map<String, String> fields) {
        Map<String, String> result = new TreeMap<>(fields);
        for (FieldDef f : type.fields()) {
            if (f.calculated()) {
                String value = canonical(f, Formula.parse(f.formula()).evaluate(scope(type, result)));
                if (value.isEmpty()) {
                    result.remove(f.key());
                } else {
                    result.put(f.key(), value);
                }
            }
        }
        return result;
    }

    /** The step's check on these fields: true ✓, false ✗, empty when the step has none or an input is blank. */
    public Optional<Boolean> check(TaskType type, ChecklistItem item, Map<String, String> fields) {
        if (item.check() == null) {
            return Optional.empty();
        }
        Object v = Formula.parse(item.check()).evaluate(scope(type, apply(type, fields)));
        return v == null ? Optional.empty() : Optional.of(Function.truth(v));
    }

    private Scope scope(TaskType type, Map<String, String> fields) {
        String received = fields.getOrDefault(CommonFields.RECEIVED_ON, "");
        int fiscalYear = FiscalYear.of(received.isEmpty() ? LocalDate.now() : LocalDate.parse(received))
                .year();
        return new Scope() {
            @Override
            public Object field(String key) {
                String text = fields.getOrDefault(key, "");
                FieldType fieldType = fieldType(type, key);
                if (text.isEmpty()) {
                    // an unticked check box is "no", not "not known yet"
                    return fieldType == FieldType.FLAG ? Boolean.FALSE : null;
                }
                return typed(fieldType, text);
            }

            @Override
            public BusinessCalendar calendar() {
                return calendar;
            }

            @Override
            public BigDecimal threshold(String key) {
                return catalog.threshold(key)
                        .flatMap(t -> t.valueFor(fiscalYear))
                        .orElse(null);
            }
        };
    }

    /** The thresholds in force for a fiscal year, for screens that list them. */
    public static Map<String, BigDecimal> thresholdsFor(Catalog catalog, int fiscalYear) {
        Map<String, BigDecimal> result = new TreeMap<>();
        for (Threshold t : catalog.thresholds()) {
            t.valueFor(fiscalYear).ifPresent(v -> result.put(t.key(), v));
        }
        return result;
    }

    static FieldType fieldType(TaskType type, String key) {
        return CommonFields.withTypeFields(type).stream()
                .filter(f -> f.key().equals(key))
                .findFirst()
                .map(FieldDef::type)
                .orElse(FieldType.TEXT);
    }

    private static Object typed(FieldType type, String text) {
        return switch (type) {
            case DATE -> LocalDate.parse(text);
            case MONTH -> YearMonth.parse(text);
            case YEN, COUNT -> new BigDecimal(text);
            case FLAG -> Boolean.valueOf(text);
            default -> text;
        };
    }

    /** The field's canonical text for a computed value; amounts and counts are rounded down (切り捨て). */
    private static String canonical(FieldDef f, Object value) {
        if (value == null) {
            return "";
        }
        return switch (f.type()) {
            case DATE -> {
                if (!(value instanceof LocalDate d)) {
                    throw mismatch(f, value);
                }
                yield d.toString();
            }
            case MONTH -> {
                if (value instanceof LocalDate d) {
                    yield YearMonth.from(d).toString();
                }
                if (!(value instanceof YearMonth m)) {
                    throw mismatch(f, value);
                }
                yield m.toString();
            }
            case YEN, COUNT ->
                Function.number(value).setScale(0, RoundingMode.DOWN).toPlainString();
            case FLAG -> Boolean.toString(Function.truth(value));
            default -> value instanceof BigDecimal n ? n.stripTrailingZeros().toPlainString() : value.toString();
        };
    }

    private static FormulaException mismatch(FieldDef f, Object value) {
        return new FormulaException("「" + f.label() + "」(" + f.type().label() + ")の式の結果が " + value + " です");
    }
}
