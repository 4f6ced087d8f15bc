package jp.shomu.ledger.domain.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The My Number guard over many generated numbers (fixed seed, so a failure can be replayed): every valid number
 * is refused however it is written and wherever it stands in a text, every number with a wrong check digit passes,
 * and a valid number that is part of a longer number passes. The check digit is computed here independently of
 * the guard, from the weights of the law written left to right.
 */
class MyNumberPropertyTest {
    static final int VALID_NUMBERS = 100_000;
    static final int INVALID_NUMBERS = 100_000;
    private static final int[] WEIGHTS = {6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2};
    private static final String[] BEFORE = {"", "個人番号は", "番号:", "No.", "（", "本人 ", "ID", "確認済 ", "\n"};
    private static final String[] AFTER = {"", "です", "。", "）", " を確認", "号", " 受付", "ab", "\n以上"};
    private static final String[] SEPARATORS = {"-", " ", "－", "ー", "−", "　", " - ", "‐"};

    private final Random rnd = new Random(20_270_412L);

    @Test
    void validNumbersAreFoundAndInvalidOnesPass() {
        int found = 0;
        int passed = 0;
        for (int i = 0; i < VALID_NUMBERS; i++) {
            String number = validNumber();
            String text = pick(BEFORE) + written(number) + pick(AFTER);
            assertTrue(MyNumberGuard.contains(text), text);
            found++;
        }
        for (int i = 0; i < INVALID_NUMBERS; i++) {
            String number = invalidNumber();
            String text = pick(BEFORE) + written(number) + pick(AFTER);
            assertFalse(MyNumberGuard.contains(text), text);
            passed++;
        }
        assertEquals(VALID_NUMBERS, found);
        assertEquals(INVALID_NUMBERS, passed);
    }

    @Test
    void aValidNumberInsideALongerNumberPasses() {
        for (int i = 0; i < VALID_NUMBERS; i++) {
            String number = validNumber();
            String longer = switch (rnd.nextInt(5)) {
                case 0 -> digits(1 + rnd.nextInt(4)) + number;
                case 1 -> number + digits(1 + rnd.nextInt(4));
                case 2 -> group(number, "-") + "-" + digits(1 + rnd.nextInt(4));
                case 3 -> digits(1 + rnd.nextInt(4)) + "-" + group(number, "-");
                default -> fullWidth(digits(2) + number);
            };
            String text = pick(BEFORE) + longer + pick(AFTER);
            assertFalse(MyNumberGuard.contains(text), text);
        }
    }

    /** 11 random digits and the check digit of the law. */
    private String validNumber() {
        String body = digits(11);
        return body + checkDigit(body);
    }

    /** 11 random digits and one of the nine wrong check digits. */
    private String invalidNumber() {
        String body = digits(11);
        int wrong = (checkDigit(body) + 1 + rnd.nextInt(9)) % 10;
        return body + wrong;
    }

    static int checkDigit(String elevenDigits) {
        int sum = 0;
        for (int k = 0; k < 11; k++) {
            sum += (elevenDigits.charAt(k) - '0') * WEIGHTS[k];
        }
        int r = sum % 11;
        return r <= 1 ? 0 : 11 - r;
    }

    private String written(String number) {
        return switch (rnd.nextInt(5)) {
            case 0 -> number;
            case 1 -> group(number, pick(SEPARATORS));
            case 2 -> fullWidth(number);
            case 3 -> fullWidth(group(number, pick(SEPARATORS)));
            default ->
                number.substring(0, 4)
                        + pick(SEPARATORS)
                        + fullWidth(number.substring(4, 8))
                        + pick(SEPARATORS)
                        + number.substring(8);
        };
    }

    private static String group(String number, String separator) {
        return number.substring(0, 4) + separator + number.substring(4, 8) + separator + number.substring(8);
    }

    private static String fullWidth(String text) {
        StringBuilder sb = new StringBuilder();
        for (char c : text.toCharArray()) {
            sb.append(c >= '0' && c <= '9' ? (char) ('０' + (c - '0')) : c);
        }
        return sb.toString();
    }

    private String digits(int n) {
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append((char) ('0' + rnd.nextInt(10)));
        }
        return sb.toString();
    }

    private String pick(String[] options) {
        return options[rnd.nextInt(options.length)];
    }
}
