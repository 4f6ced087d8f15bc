package jp.shomu.ledger.app.cli;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * picocli's own messages for a mistyped command line (a missing option, an unknown one, a value that is not a
 * number) in Japanese, like every other message of the command line. A message of ours, thrown by a converter,
 * is kept as it is.
 */
final class ParameterErrors {
    private static final Pattern NOT_A = Pattern.compile(
            "Invalid value for (?:option|positional parameter)[^']*'?([^':]*)'?: '(.*)' is not an? (\\w+)");
    private static final Map<String, String> KINDS = Map.of(
            "int", "整数",
            "long", "整数",
            "Integer", "整数",
            "Long", "整数",
            "double", "数値",
            "BigDecimal", "数値",
            "boolean", "true か false");

    private ParameterErrors() {}

    static String inJapanese(ParameterException ex) {
        if (ex instanceof MissingParameterException missing) {
            return "必要な指定がありません: " + names(missing.getMissing());
        }
        if (ex instanceof UnmatchedArgumentException unmatched) {
            return "知らないオプションまたは余分な引数です: " + String.join(" ", unmatched.getUnmatched());
        }
        if (ex instanceof OverwrittenOptionException overwritten) {
            return "同じ指定が2回あります: " + names(List.of(overwritten.getOverwritten()));
        }
        Matcher m = NOT_A.matcher(ex.getMessage() == null ? "" : ex.getMessage());
        if (m.find() && KINDS.containsKey(m.group(3))) {
            String what = m.group(1).isBlank() ? "引数" : m.group(1) + " ";
            return what + "の値「" + m.group(2) + "」は" + KINDS.get(m.group(3)) + "ではありません";
        }
        return ex.getMessage();
    }

    private static String names(List<ArgSpec> specs) {
        return String.join(
                "、",
                specs.stream()
                        .map(s -> s instanceof OptionSpec o ? o.longestName() : s.paramLabel())
                        .toList());
    }
}
