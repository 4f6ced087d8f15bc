package jp.shomu.ledger.domain.cases;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.function.Function;
import java.util.regex.Pattern;
import jp.shomu.ledger.domain.calendar.Wareki;
import jp.shomu.ledger.domain.catalog.FieldDef;

/**
 * Turns what a person typed into a field's canonical text: ISO dates, plain integers for yen and counts,
 * true/false for flags. Full-width digits and separators are accepted; the error names the field.
 */
public final class FieldValueParser {
    private static final Pattern INTEGER = Pattern.compile("-?\\d+");
    private static final Pattern EMPLOYEE_NO = Pattern.compile("\\d{5,10}");

    private final Function<String, LocalDate> dateParser;

    /** @param dateParser parses a date in any accepted notation (和暦, ISO, …) or throws with a Japanese message */
    public FieldValueParser(Function<String, LocalDate> dateParser) {
        this.dateParser = dateParser;
    }

    /** Returns the canonical text, or "" for a blank value. */
    public String parse(FieldDef field, String raw) {
        String text = raw == null
                ? ""
                : Normalizer.normalize(raw, Normalizer.Form.NFKC).strip();
        if (text.isEmpty()) {
            return "";
        }
        try {
            return switch (field.type()) {
                case TEXT, STAFF -> raw.strip();
                case DATE -> dateParser.apply(text).toString();
                case MONTH -> Wareki.parseMonth(text).toString();
                case YEN ->
                    integer(
                            text.replace(",", "")
                                    .replace("¥", "")
                                    .replace("\\", "")
                                    .replace("円", ""),
                            true);
                case COUNT -> integer(text.replace(",", ""), false);
                case CHOICE -> choice(field, text);
                case EMPLOYEE_NO -> employeeNo(text);
                case FLAG -> flag(text);
            };
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("「" + field.label() + "」: " + e.getMessage());
        }
    }

    private static String integer(String text, boolean yen) {
        if (!INTEGER.matcher(text).matches() || text.length() > 13) {
            throw new IllegalArgumentException(yen ? "金額は円単位の整数で入力してください(例: 12,000)" : "整数で入力してください");
        }
        long value = Long.parseLong(text);
        if (value < 0) {
            throw new IllegalArgumentException("負の値は入力できません");
        }
        return Long.toString(value);
    }

    private static String choice(FieldDef field, String text) {
        return field.choices().stream()
                .filter(c -> Normalizer.normalize(c, Normalizer.Form.NFKC).equals(text))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "「" + text + "」は選べません(" + String.join(", ", field.choices()) + ")"));
    }

    private static String employeeNo(String text) {
        String digits = text.replace("-", "");
        if (!EMPLOYEE_NO.matcher(digits).matches()) {
            throw new IllegalArgumentException("職員番号は5〜10桁の数字です");
        }
        return digits;
    }

    private static String flag(String text) {
        return switch (text.toLowerCase(java.util.Locale.ROOT)) {
            case "true", "1", "yes", "y", "はい", "有", "済", "○", "✓" -> "true";
            case "false", "0", "no", "n", "いいえ", "無", "未", "×" -> "false";
            default -> throw new IllegalArgumentException("はい/いいえ で入力してください");
        };
    }
}
