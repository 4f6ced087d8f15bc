package jp.shomu.ledger.domain.calc;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A catalog formula such as {@code if(days(eventDate, notifiedOn) <= 15, startMonth(eventDate),
 * startMonth(notifiedOn))}: field keys, numbers, "text", + − × ÷, comparisons and the functions of
 * {@link Function}. Read by a small recursive-descent parser — no scripting engine, nothing but this language runs.
 */
public final class Formula {
    private final String text;
    private final Expr root;
    private final Set<String> fields = new TreeSet<>();
    private final Set<String> thresholds = new TreeSet<>();

    private Formula(String text, Expr root) {
        this.text = text;
        this.root = root;
        root.collect(fields, thresholds);
    }

    /** Parses the formula or throws {@link FormulaException} naming the position and the problem. */
    public static Formula parse(String text) {
        if (text == null || text.isBlank()) {
            throw new FormulaException("式が空です");
        }
        return new Formula(text, new Parser(text).parseAll());
    }

    public String text() {
        return text;
    }

    /** The field keys the formula reads. */
    public Set<String> fields() {
        return Collections.unmodifiableSet(fields);
    }

    /** The threshold keys the formula reads. */
    public Set<String> thresholds() {
        return Collections.unmodifiableSet(thresholds);
    }

    Object evaluate(Scope scope) {
        return root.eval(scope);
    }

    @Override
    public String toString() {
        return text;
    }

    /** expr := compare; compare := sum (op sum)?; sum := product (± product)*; product := unary (×÷ unary)*. */
    private static final class Parser {
        private static final String[] COMPARISONS = {"<=", ">=", "!=", "<", ">", "="};
        private final String src;
        private int pos;

        Parser(String src) {
            this.src = src;
        }

        Expr parseAll() {
            Expr e = compare();
            skip();
            if (pos < src.length()) {
                throw error("余分な文字「" + src.charAt(pos) + "」があります");
            }
            return e;
        }

        private Expr compare() {
            Expr left = sum();
            skip();
            for (String op : COMPARISONS) {
                if (src.startsWith(op, pos)) {
                    pos += op.length();
                    Function f = switch (op) {
                        case "<=" -> Function.LESS_OR_EQUAL;
                        case ">=" -> Function.GREATER_OR_EQUAL;
                        case "!=" -> Function.NOT_EQUAL;
                        case "<" -> Function.LESS;
                        case ">" -> Function.GREATER;
                        default -> Function.EQUAL;
                    };
                    return new Expr.Call(f, List.of(left, sum()));
                }
            }
            return left;
        }

        private Expr sum() {
            Expr e = product();
            while (true) {
                skip();
                if (eat('+')) {
                    e = new Expr.Call(Function.ADD, List.of(e, product()));
                } else if (eat('-')) {
                    e = new Expr.Call(Function.SUBTRACT, List.of(e, product()));
                } else {
                    return e;
                }
            }
        }

        private Expr product() {
            Expr e = unary();
            while (true) {
                skip();
                if (eat('*')) {
                    e = new Expr.Call(Function.MULTIPLY, List.of(e, unary()));
                } else if (eat('/')) {
                    e = new Expr.Call(Function.DIVIDE, List.of(e, unary()));
                } else {
                    return e;
                }
            }
        }

        private Expr unary() {
            skip();
            return eat('-') ? new Expr.Call(Function.NEGATE, List.of(unary())) : primary();
        }

        private Expr primary() {
            skip();
            if (pos >= src.length()) {
                throw error("式が途中で終わっています");
            }
            char c = src.charAt(pos);
            if (eat('(')) {
                Expr e = compare();
                expect(')');
                return e;
            }
            if (c == '"') {
                return string();
            }
            if (Character.isDigit(c)) {
                return number();
            }
            if (Character.isLetter(c) && c < 128) {
                return nameOrCall();
            }
            throw error("ここに「" + c + "」は書けません");
        }

        private Expr string() {
            int start = ++pos;
            while (pos < src.length() && src.charAt(pos) != '"') {
                pos++;
            }
            if (pos >= src.length()) {
                throw error("文字列の閉じる \" がありません");
            }
            return new Expr.Literal(src.substring(start, pos++));
        }

        private Expr number() {
            int start = pos;
            while (pos < src.length() && (Character.isDigit(src.charAt(pos)) || src.charAt(pos) == '.')) {
                pos++;
            }
            try {
                return new Expr.Literal(new BigDecimal(src.substring(start, pos)));
            } catch (NumberFormatException e) {
                throw error("数「" + src.substring(start, pos) + "」が読めません");
            }
        }

        private Expr nameOrCall() {
            int start = pos;
            while (pos < src.length() && isNamePart(src.charAt(pos))) {
                pos++;
            }
            String name = src.substring(start, pos);
            skip();
            if (name.equals("true") || name.equals("false")) {
                return new Expr.Literal(Boolean.valueOf(name));
            }
            if (!eat('(')) {
                return new Expr.FieldRef(name);
            }
            Function f = Function.named(name).orElseThrow(() -> errorAt(start, "関数「" + name + "」はありません"));
            List<Expr> args = new ArrayList<>();
            skip();
            if (!eat(')')) {
                do {
                    args.add(compare());
                    skip();
                } while (eat(','));
                expect(')');
            }
            String problem = f.arityProblem(args.size());
            if (problem != null) {
                throw errorAt(start, problem);
            }
            if (f == Function.THRESHOLD && !(args.get(0) instanceof Expr.Literal l && l.value() instanceof String)) {
                throw errorAt(start, "threshold の引数は \"キー\" の形で書きます");
            }
            return new Expr.Call(f, List.copyOf(args));
        }

        private static boolean isNamePart(char c) {
            return c < 128 && (Character.isLetterOrDigit(c) || c == '_');
        }

        private void skip() {
            while (pos < src.length() && Character.isWhitespace(src.charAt(pos))) {
                pos++;
            }
        }

        private boolean eat(char c) {
            if (pos < src.length() && src.charAt(pos) == c) {
                pos++;
                return true;
            }
            return false;
        }

        private void expect(char c) {
            skip();
            if (!eat(c)) {
                throw error("「" + c + "」がありません");
            }
        }

        private FormulaException error(String problem) {
            return errorAt(pos, problem);
        }

        private FormulaException errorAt(int at, String problem) {
            return new FormulaException("式「" + src + "」の " + (at + 1) + " 文字目: " + problem);
        }
    }
}
