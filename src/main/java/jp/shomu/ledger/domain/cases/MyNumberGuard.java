package jp.shomu.ledger.domain.cases;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Refuses text that contains an individual number (個人番号): the ledger only records that a number was
 * received or checked, never the number. Messages never repeat the number.
 *
 * <p>How a number is found (docs/SECURITY.md): the text is NFKC-normalised (full-width digits and spaces become
 * ASCII, every dash-like character a hyphen). Digits joined directly or by hyphens form one number; numbers
 * separated by up to three spaces (or spaces and hyphens) may be groups of one number written as "1234 5678 9012",
 * so every run of consecutive groups that adds up to exactly 12 digits is a candidate. A candidate whose check
 * digit is valid is refused. A number joined by hyphens or digits to more digits (a 13-digit number, or
 * 1234-5678-9012-3456) is a longer number and passes; so does any 12-digit number with a wrong check digit.
 */
public final class MyNumberGuard {
    private static final int DIGITS = 12;
    private static final int MAX_SEPARATOR = 3;
    private static final String DASHES = "‐‑‒–—―−ー⁃﹘";

    private MyNumberGuard() {}

    /** Throws if {@code text} holds a valid 個人番号; {@code where} names the field for the message. */
    public static void requireNone(String where, String text) {
        if (contains(text)) {
            throw new InvalidInputException(
                    "「" + where + "」に個人番号と思われる12桁の番号があります。" + "この台帳には個人番号を記録できません(確認済の印だけを付けてください)。");
        }
    }

    /**
     * For imports: checks one cell before anything is written. The message names the row and column and says that
     * nothing was imported, so the importer must check every cell before its first write (or in one transaction).
     */
    public static void requireNoneInCell(long row, String column, String text) {
        if (contains(text)) {
            throw new InvalidInputException(row + "行目の「" + column + "」列に個人番号と思われる12桁の番号があります。"
                    + "この台帳には個人番号を記録できないため、何も取り込んでいません。"
                    + "その欄を消して(確認済の印だけにして)からもう一度取り込んでください。");
        }
    }

    public static boolean contains(String text) {
        return find(text).isPresent();
    }

    /** The first valid 個人番号 in {@code text}, as 12 digits. Never log or show it: it is what must not be kept. */
    public static Optional<String> find(String text) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        String s = normalize(text);
        int i = 0;
        while (i < s.length()) {
            if (!digit(s.charAt(i))) {
                i++;
                continue;
            }
            List<String> groups = new ArrayList<>();
            i = readChain(s, i, groups);
            Optional<String> hit = validWindow(groups);
            if (hit.isPresent()) {
                return hit;
            }
        }
        return Optional.empty();
    }

    /** The check digit rule of 行政手続における特定の個人を識別するための番号の利用等に関する法律施行令 第8条. */
    public static boolean isValid(String twelveDigits) {
        if (twelveDigits.length() != DIGITS || !twelveDigits.chars().allMatch(MyNumberGuard::digit)) {
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

    static String normalize(String text) {
        String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder sb = new StringBuilder(nfkc.length());
        for (int k = 0; k < nfkc.length(); k++) {
            char c = nfkc.charAt(k);
            if (DASHES.indexOf(c) >= 0) {
                sb.append('-');
            } else if (c == '\t' || c == '\u00a0' || c == '\u3000') {
                sb.append(' ');
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * Reads the chain of digit groups starting at {@code start}: hyphens join digits into one group, a separator
     * with a space starts a new group. Returns the index after the chain.
     */
    private static int readChain(String s, int start, List<String> groups) {
        StringBuilder group = new StringBuilder();
        int j = start;
        while (true) {
            while (j < s.length() && digit(s.charAt(j))) {
                group.append(s.charAt(j++));
            }
            int k = j;
            boolean space = false;
            while (k < s.length() && k - j < MAX_SEPARATOR && (s.charAt(k) == ' ' || s.charAt(k) == '-')) {
                space |= s.charAt(k) == ' ';
                k++;
            }
            if (k == j || k >= s.length() || !digit(s.charAt(k))) {
                groups.add(group.toString());
                return j;
            }
            if (space) {
                groups.add(group.toString());
                group = new StringBuilder();
            }
            j = k;
        }
    }

    private static Optional<String> validWindow(List<String> groups) {
        for (int a = 0; a < groups.size(); a++) {
            StringBuilder window = new StringBuilder();
            for (int b = a; b < groups.size() && window.length() < DIGITS; b++) {
                window.append(groups.get(b));
                if (window.length() == DIGITS && isValid(window.toString())) {
                    return Optional.of(window.toString());
                }
            }
        }
        return Optional.empty();
    }

    private static boolean digit(int c) {
        return c >= '0' && c <= '9';
    }
}
