package jp.shomu.ledger.domain.calc;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The functions and operators a catalog formula may use — this closed list is the whole language, so a formula
 * can compute dates and amounts but can do nothing else. A blank argument (null) makes the result blank, except
 * where a function says otherwise ({@code sum} skips blanks, {@code if}/{@code pick} evaluate only the branch taken).
 */
enum Function {
    ADD("+", 2),
    SUBTRACT("-", 2),
    MULTIPLY("*", 2),
    DIVIDE("/", 2),
    NEGATE("-", 1),
    LESS("<", 2),
    LESS_OR_EQUAL("<=", 2),
    GREATER(">", 2),
    GREATER_OR_EQUAL(">=", 2),
    EQUAL("=", 2),
    NOT_EQUAL("!=", 2),
    /** days(a, b): calendar days from a to b (b − a). */
    DAYS("days", 2),
    /** businessDays(a, b): business days after a up to and including b, on the ledger's calendar. */
    BUSINESS_DAYS("businessDays", 2),
    ADD_DAYS("addDays", 2),
    ADD_BUSINESS_DAYS("addBusinessDays", 2),
    /** addMonths(date or month, n): a date keeps its day, or the month's last day if shorter (1/31 + 1 → 2/28). */
    ADD_MONTHS("addMonths", 2),
    /** month(date): the month the date falls in. */
    MONTH("month", 1),
    /** startMonth(date): the month itself when the date is the 1st, else the next month (支給開始の月). */
    START_MONTH("startMonth", 1),
    /** monthEnd(date or month): the last day of the month. */
    MONTH_END("monthEnd", 1),
    /** dayOf(month, n): the n-th day of the month (翌月10日 = dayOf(addMonths(month(d), 1), 10)). */
    DAY_OF("dayOf", 2),
    /** year(date or month). */
    YEAR("year", 1),
    IF("if", 3),
    /** pick(x, "a", valueA, "b", valueB, …[, otherwise]): the value paired with x's text; blank if none. */
    PICK("pick", -1),
    SUM("sum", -1),
    MIN("min", -1),
    MAX("max", -1),
    AND("and", -1),
    OR("or", -1),
    NOT("not", 1),
    /** threshold("key"): the catalog's value of that threshold for the case's fiscal year. */
    THRESHOLD("threshold", 1);

    private final String symbol;
    private final int arity;

    Function(String symbol, int arity) {
        this.symbol = symbol;
        this.arity = arity;
    }

    String symbol() {
        return symbol;
    }

    static Optional<Function> named(String name) {
        for (Function f : values()) {
            if (f.ordinal() > NOT_EQUAL.ordinal() && f.symbol.equals(name)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** Null when the number of arguments fits, else the reason in Japanese. */
    String arityProblem(int count) {
        if (arity >= 0 && count != arity) {
            return symbol + " の引数は " + arity + " 個です(" + count + " 個あります)";
        }
        if (this == PICK && count < 3) {
            return "pick の引数は 3 個以上です(値, \"選択肢\", 結果, …)";
        }
        if (arity < 0 && count < 1) {
            return symbol + " の引数が1つもありません";
        }
        return null;
    }

    Object apply(Scope scope, List<Expr> args) {
        return switch (this) {
            case IF -> {
                Object c = args.get(0).eval(scope);
                yield c == null ? null : args.get(truth(c) ? 1 : 2).eval(scope);
            }
            case PICK -> pick(scope, args);
            case AND, OR -> logic(scope, args);
            case SUM, MIN, MAX -> aggregate(scope, args);
            case THRESHOLD -> scope.threshold(String.valueOf(args.get(0).eval(scope)));
            default -> {
                Object[] v = args.stream().map(a -> a.eval(scope)).toArray();
                yield java.util.Arrays.stream(v).anyMatch(Objects::isNull) ? null : strict(scope, v);
            }
        };
    }

    private Object strict(Scope scope, Object[] v) {
        return switch (this) {
            case ADD ->
                v[0] instanceof LocalDate d
                        ? d.plusDays(whole(v[1]))
                        : number(v[0]).add(number(v[1]));
            case SUBTRACT -> number(v[0]).subtract(number(v[1]));
            case MULTIPLY -> number(v[0]).multiply(number(v[1]));
            case DIVIDE -> divide(number(v[0]), number(v[1]));
            case NEGATE -> number(v[0]).negate();
            case LESS -> compare(v[0], v[1]) < 0;
            case LESS_OR_EQUAL -> compare(v[0], v[1]) <= 0;
            case GREATER -> compare(v[0], v[1]) > 0;
            case GREATER_OR_EQUAL -> compare(v[0], v[1]) >= 0;
            case EQUAL -> compare(v[0], v[1]) == 0;
            case NOT_EQUAL -> compare(v[0], v[1]) != 0;
            case DAYS -> BigDecimal.valueOf(ChronoUnit.DAYS.between(date(v[0]), date(v[1])));
            case BUSINESS_DAYS -> BigDecimal.valueOf(scope.calendar().countBusinessDays(date(v[0]), date(v[1])));
            case ADD_DAYS -> date(v[0]).plusDays(whole(v[1]));
            case ADD_BUSINESS_DAYS -> scope.calendar().addBusinessDays(date(v[0]), (int) whole(v[1]));
            case ADD_MONTHS ->
                v[0] instanceof YearMonth m
                        ? m.plusMonths(whole(v[1]))
                        : date(v[0]).plusMonths(whole(v[1]));
            case MONTH -> YearMonth.from(date(v[0]));
            case START_MONTH -> {
                LocalDate d = date(v[0]);
                yield d.getDayOfMonth() == 1
                        ? YearMonth.from(d)
                        : YearMonth.from(d).plusMonths(1);
            }
            case MONTH_END -> month(v[0]).atEndOfMonth();
            case DAY_OF -> {
                YearMonth m = month(v[0]);
                yield m.atDay((int) Math.min(Math.max(1, whole(v[1])), m.lengthOfMonth()));
            }
            case YEAR -> BigDecimal.valueOf(month(v[0]).getYear());
            case NOT -> !truth(v[0]);
            default -> throw new IllegalStateException(name());
        };
    }

    private static Object pick(Scope scope, List<Expr> args) {
        Object x = args.get(0).eval(scope);
        if (x == null) {
            return null;
        }
        int i = 1;
        for (; i + 1 < args.size(); i += 2) {
            if (Objects.equals(text(x), text(args.get(i).eval(scope)))) {
                return args.get(i + 1).eval(scope);
            }
        }
        return i < args.size() ? args.get(i).eval(scope) : null;
    }

    private Object logic(Scope scope, List<Expr> args) {
        boolean and = this == AND;
        boolean unknown = false;
        for (Expr a : args) {
            Object v = a.eval(scope);
            if (v == null) {
                unknown = true;
            } else if (truth(v) != and) {
                return !and;
            }
        }
        return unknown ? null : and;
    }

    private Object aggregate(Scope scope, List<Expr> args) {
        BigDecimal result = null;
        for (Expr a : args) {
            Object v = a.eval(scope);
            if (v == null) {
                continue;
            }
            BigDecimal n = number(v);
            result = result == null
                    ? n
                    : switch (this) {
                        case SUM -> result.add(n);
                        case MIN -> result.min(n);
                        default -> result.max(n);
                    };
        }
        return result;
    }

    private static BigDecimal divide(BigDecimal a, BigDecimal b) {
        if (b.signum() == 0) {
            return null;
        }
        return a.divide(b, MathContext.DECIMAL64);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compare(Object a, Object b) {
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
            return x.compareTo(y);
        }
        if (a.getClass() == b.getClass() && a instanceof Comparable c) {
            return c.compareTo(b);
        }
        return text(a).compareTo(text(b));
    }

    private static String text(Object v) {
        return v == null
                ? null
                : v instanceof BigDecimal n ? n.stripTrailingZeros().toPlainString() : v.toString();
    }

    static boolean truth(Object v) {
        if (v instanceof Boolean b) {
            return b;
        }
        throw new FormulaException("真偽値ではありません: " + v);
    }

    static BigDecimal number(Object v) {
        if (v instanceof BigDecimal n) {
            return n;
        }
        throw new FormulaException("数ではありません: " + v);
    }

    private static long whole(Object v) {
        return number(v).longValue();
    }

    private static LocalDate date(Object v) {
        if (v instanceof LocalDate d) {
            return d;
        }
        throw new FormulaException("日付ではありません: " + v);
    }

    private static YearMonth month(Object v) {
        if (v instanceof YearMonth m) {
            return m;
        }
        return YearMonth.from(date(v));
    }
}
