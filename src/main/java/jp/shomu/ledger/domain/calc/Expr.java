package jp.shomu.ledger.domain.calc;

import java.util.List;
import java.util.Set;

/**
 * A parsed formula. A value is a {@link java.math.BigDecimal}, {@link java.time.LocalDate},
 * {@link java.time.YearMonth}, {@link Boolean} or {@link String}; {@code null} means "not known yet" (an input is
 * blank) and makes the result blank instead of wrong.
 */
sealed interface Expr {
    Object eval(Scope scope);

    /** Collects the field keys and threshold keys the formula reads (checked against the catalog at load). */
    void collect(Set<String> fields, Set<String> thresholds);

    record Literal(Object value) implements Expr {
        @Override
        public Object eval(Scope scope) {
            return value;
        }

        @Override
        public void collect(Set<String> fields, Set<String> thresholds) {}
    }

    record FieldRef(String key) implements Expr {
        @Override
        public Object eval(Scope scope) {
            return scope.field(key);
        }

        @Override
        public void collect(Set<String> fields, Set<String> thresholds) {
            fields.add(key);
        }
    }

    record Call(Function function, List<Expr> args) implements Expr {
        @Override
        public Object eval(Scope scope) {
            return function.apply(scope, args);
        }

        @Override
        public void collect(Set<String> fields, Set<String> thresholds) {
            if (function == Function.THRESHOLD && args.get(0) instanceof Literal l) {
                thresholds.add(String.valueOf(l.value()));
            }
            args.forEach(a -> a.collect(fields, thresholds));
        }
    }
}
