package jp.shomu.ledger.domain.cases;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Refuses text that contains an individual number (個人番号): the ledger only records that a number was
 * received or checked, never the number. Messages never repeat the number.
 *
 * <p>How a number is found (docs/SECURITY.md): every character is first read as a person means it. Any Unicode
 * decimal digit (full-width, Arabic-Indic, Devanagari …) is that digit; invisible characters (zero-width spaces and
 * joiners, soft hyphens, variation selectors, other format and control characters) are dropped; any punctuation or
 * symbol (hyphens and dashes, ・ . / , _ 〜 :, brackets, quotes …) is a separator that joins digits, like a hyphen;
 * any space is a space; a line break ends a number. Digits joined directly or by up to three separator characters
 * form one number; when those characters include a space, the digits on either side may be groups of one number
 * written as "1234 5678 9012", so every run of consecutive groups that adds up to exactly 12 digits is a candidate.
 * A candidate whose check digit is valid is refused. A number joined to more digits (a 13-digit number, or
 * 1234-5678-9012-3456) is a longer number and passes; so does any 12-digit number with a wrong check digit, and a
 * hexadecimal digest (32 or more hex characters with a letter among them, as the ledger's hashes are).
 */
public final class MyNumberGuard {
    private static final int DIGITS = 12;
    private static final int MAX_SEPARATOR = 3;

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
        return firstHit(Normalized.of(text)).map(hit -> hit.digits);
    }

    /**
     * {@code text} with the digits of every valid 個人番号 replaced by ＊ (everything else as it was), for texts that
     * must be kept even when a person put a number into them: a file name recorded in the audit trail.
     */
    public static String redact(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String current = text;
        for (int guard = 0; guard < current.length(); guard++) {
            Normalized n = Normalized.of(current);
            Optional<Hit> hit = firstHit(n);
            if (hit.isEmpty()) {
                return current;
            }
            StringBuilder sb = new StringBuilder(current);
            java.util.TreeSet<Integer> origins = new java.util.TreeSet<>(java.util.Comparator.reverseOrder());
            for (int k : hit.get().positions) {
                origins.add(n.origin[k]);
            }
            for (int o : origins) {
                sb.replace(o, o + Character.charCount(current.codePointAt(o)), "＊");
            }
            current = sb.toString();
        }
        return current;
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

    /** The text as the guard reads it (see the class comment); package-private for tests. */
    static String normalize(String text) {
        return Normalized.of(text).text;
    }

    /** One valid number: its digits and their positions in the normalised text. */
    private record Hit(String digits, List<Integer> positions) {}

    /**
     * The normalised text: digits 0-9, '-' for every joining separator, ' ' for spaces, '\n' for line breaks,
     * 'x' over hexadecimal digests, anything else as NFKC makes it; {@code origin[k]} is the index in the original
     * text of the character that produced normalised character {@code k}.
     */
    private static final class Normalized {
        /**
         * NFKC of each character of the Basic Multilingual Plane met so far: every audit image passes through here,
         * and normalising the same kanji and kana again was the largest part of writing one (issue #20).
         */
        private static final Map<Integer, String> NFKC = new ConcurrentHashMap<>();

        final String text;
        final int[] origin;

        private Normalized(String text, int[] origin) {
            this.text = text;
            this.origin = origin;
        }

        static Normalized of(String text) {
            if (text == null) {
                return new Normalized("", new int[0]);
            }
            StringBuilder sb = new StringBuilder(text.length());
            int[] origin = new int[text.length() * 2 + 8];
            int i = 0;
            while (i < text.length()) {
                int cp = text.codePointAt(i);
                String nfkc = cp < 0x80
                        ? String.valueOf((char) cp)
                        : cp <= Character.MAX_VALUE ? NFKC.computeIfAbsent(cp, Normalized::nfkc) : nfkc(cp);
                for (int k = 0; k < nfkc.length(); ) {
                    int c = nfkc.codePointAt(k);
                    k += Character.charCount(c);
                    int mapped = map(c);
                    if (mapped < 0) {
                        continue;
                    }
                    if (sb.length() + 2 > origin.length) {
                        origin = java.util.Arrays.copyOf(origin, origin.length * 2);
                    }
                    origin[sb.length()] = i;
                    origin[sb.length() + 1] = i;
                    sb.appendCodePoint(mapped);
                }
                i += Character.charCount(cp);
            }
            maskDigests(sb);
            return new Normalized(sb.toString(), origin);
        }

        private static String nfkc(int cp) {
            return Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKC);
        }

        /** What one (NFKC) code point means to the guard; -1 drops it. */
        private static int map(int c) {
            if (c == '\n' || c == '\r' || c == 0x2028 || c == 0x2029 || c == 0x85 || c == 0x0b || c == 0x0c) {
                return '\n';
            }
            int type = Character.getType(c);
            if (type == Character.DECIMAL_DIGIT_NUMBER) {
                return '0' + Character.digit(c, 10);
            }
            if (c == '\t' || type == Character.SPACE_SEPARATOR || Character.isWhitespace(c)) {
                return ' ';
            }
            switch (type) {
                case Character.FORMAT,
                        Character.CONTROL,
                        Character.NON_SPACING_MARK,
                        Character.ENCLOSING_MARK,
                        Character.COMBINING_SPACING_MARK,
                        Character.UNASSIGNED,
                        Character.PRIVATE_USE,
                        Character.SURROGATE -> {
                    return -1;
                }
                case Character.CONNECTOR_PUNCTUATION,
                        Character.DASH_PUNCTUATION,
                        Character.START_PUNCTUATION,
                        Character.END_PUNCTUATION,
                        Character.INITIAL_QUOTE_PUNCTUATION,
                        Character.FINAL_QUOTE_PUNCTUATION,
                        Character.OTHER_PUNCTUATION,
                        Character.MATH_SYMBOL,
                        Character.CURRENCY_SYMBOL,
                        Character.MODIFIER_SYMBOL,
                        Character.OTHER_SYMBOL -> {
                    return '-';
                }
                default -> {
                    // ー (the long-vowel mark, a letter) is written for a dash between digits
                    return c == 'ー' || c == 'ｰ' ? '-' : c;
                }
            }
        }

        /** Overwrites each run of 32+ hexadecimal characters holding a letter (a hash, not a number) with 'x'. */
        private static void maskDigests(StringBuilder sb) {
            int k = 0;
            while (k < sb.length()) {
                if (!hex(sb.charAt(k))) {
                    k++;
                    continue;
                }
                int end = k;
                boolean letter = false;
                while (end < sb.length() && hex(sb.charAt(end))) {
                    letter |= !digit(sb.charAt(end));
                    end++;
                }
                if (letter && end - k >= 32) {
                    for (int j = k; j < end; j++) {
                        sb.setCharAt(j, 'x');
                    }
                }
                k = end;
            }
        }

        private static boolean hex(char c) {
            return digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
        }
    }

    private static Optional<Hit> firstHit(Normalized n) {
        String s = n.text;
        int i = 0;
        while (i < s.length()) {
            if (!digit(s.charAt(i))) {
                i++;
                continue;
            }
            List<List<Integer>> groups = new ArrayList<>();
            i = readChain(s, i, groups);
            Optional<Hit> hit = validWindow(s, groups);
            if (hit.isPresent()) {
                return hit;
            }
        }
        return Optional.empty();
    }

    /**
     * Reads the chain of digit groups starting at {@code start}: separators join digits into one group, a separator
     * with a space starts a new group. Each group is the list of its digits' positions. Returns the index after the
     * chain.
     */
    private static int readChain(String s, int start, List<List<Integer>> groups) {
        List<Integer> group = new ArrayList<>();
        int j = start;
        while (true) {
            while (j < s.length() && digit(s.charAt(j))) {
                group.add(j++);
            }
            int k = j;
            boolean space = false;
            while (k < s.length() && k - j < MAX_SEPARATOR && (s.charAt(k) == ' ' || s.charAt(k) == '-')) {
                space |= s.charAt(k) == ' ';
                k++;
            }
            if (k == j || k >= s.length() || !digit(s.charAt(k))) {
                groups.add(group);
                return j;
            }
            if (space) {
                groups.add(group);
                group = new ArrayList<>();
            }
            j = k;
        }
    }

    private static Optional<Hit> validWindow(String s, List<List<Integer>> groups) {
        for (int a = 0; a < groups.size(); a++) {
            List<Integer> window = new ArrayList<>();
            for (int b = a; b < groups.size() && window.size() < DIGITS; b++) {
                window.addAll(groups.get(b));
                if (window.size() == DIGITS) {
                    StringBuilder digits = new StringBuilder(DIGITS);
                    window.forEach(p -> digits.append(s.charAt(p)));
                    if (isValid(digits.toString())) {
                        return Optional.of(new Hit(digits.toString(), List.copyOf(window)));
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static boolean digit(int c) {
        return c >= '0' && c <= '9';
    }
}
