package jp.shomu.ledger.domain.cases;

import java.text.Normalizer;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Refuses text that contains an individual number (個人番号): the ledger only records that a number was
 * received or checked, never the number. A candidate is 12 digits standing alone (spaces or hyphens allowed
 * between groups, full-width digits normalised) whose check digit is valid.
 */
public final class MyNumberGuard {
    private static final Pattern CANDIDATE = Pattern.compile("(?<![0-9])([0-9](?:[ \\-]?[0-9]){11})(?![0-9])");

    private MyNumberGuard() {
    }

    /** Throws if {@code text} holds a valid 個人番号; {@code where} names the field or column for the message. */
    public static void requireNone(String where, String text) {
        find(text).ifPresent(n -> {
            throw new InvalidInputException("「" + where + "」に個人番号と思われる12桁の番号があります。"
                    + "この台帳には個人番号を記録できません(確認済の印だけを付けてください)。");
        });
    }

    public static Optional<String> find(String text) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        String normalized = Normalizer.normalize(text, Normalizer.Form.NFKC).replace('‐', '-').replace('−', '-')
                .replace('ー', '-');
        Matcher m = CANDIDATE.matcher(normalized);
        while (m.find()) {
            String digits = m.group(1).replaceAll("[ \\-]", "");
            if (isValid(digits)) {
                return Optional.of(digits);
            }
        }
        return Optional.empty();
    }

    /** The check digit rule of 行政手続における特定の個人を識別するための番号の利用等に関する法律施行令 第8条. */
    public static boolean isValid(String twelveDigits) {
        if (twelveDigits.length() != 12 || !twelveDigits.chars().allMatch(Character::isDigit)) {
            return false;
        }
        int sum = 0;
        for (int n = 1; n <= 11; n++) {
            int p = twelveDigits.charAt(11 - n) - '0';
            int q = n <= 6 ? n + 1 : n - 5;
            sum += p * q;
        }
        int remainder = sum % 11;
        int check = remainder <= 1 ? 0 : 11 - remainder;
        return check == twelveDigits.charAt(11) - '0';
    }
}
