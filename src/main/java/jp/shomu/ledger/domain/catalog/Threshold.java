package jp.shomu.ledger.domain.catalog;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A figure set by law or rule that changes from one fiscal year to another (週20時間, 月額8.8万円, 被扶養者の年収130万円
 * …), kept as data so that next year's change is a catalog change. Formulas read it with {@code threshold("key")}.
 *
 * @param key    identifier used in formulas
 * @param label  what it is, in Japanese
 * @param unit   時間, 円, …
 * @param basis  the law or rule it comes from
 * @param values the value from each fiscal year on; the latest not after the case's fiscal year applies
 */
public record Threshold(String key, String label, String unit, String basis, List<Value> values) {
    public Threshold {
        values = values == null ? List.of() : List.copyOf(values);
        basis = basis == null ? "" : basis;
        unit = unit == null ? "" : unit;
    }

    /** The value from fiscal year {@code fromFiscalYear} (年度, April–March) until the next entry. */
    public record Value(int fromFiscalYear, BigDecimal value) {}

    public Optional<BigDecimal> valueFor(int fiscalYear) {
        return values.stream()
                .filter(v -> v.fromFiscalYear() <= fiscalYear)
                .max(Comparator.comparingInt(Value::fromFiscalYear))
                .map(Value::value);
    }
}
