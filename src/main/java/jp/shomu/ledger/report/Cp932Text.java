package jp.shomu.ledger.report;

import java.nio.charset.CharsetEncoder;
import java.util.HashMap;
import java.util.Map;

/**
 * Text for a CP932 (Windows Shift_JIS) file: a character Unicode writes one way and Windows another is written as
 * Windows' own (the mappings Japanese office tools make: − → －, — → ―, 〜 → ～, ‖ → ∥, ¢ £ ¬ → ￠ ￡ ￢ …), and a
 * character CP932 has no equivalent for is found, so the caller can name its row and column instead of writing a
 * silent 〓.
 */
public final class Cp932Text {
    /** What Windows writes for a character its code page lacks in this form. */
    private static final Map<Integer, String> EQUIVALENTS = Map.ofEntries(
            Map.entry(0x2212, "－"), // MINUS SIGN → FULLWIDTH HYPHEN-MINUS
            Map.entry(0x2014, "―"), // EM DASH → HORIZONTAL BAR
            Map.entry(0x2013, "－"), // EN DASH
            Map.entry(0x301C, "～"), // WAVE DASH → FULLWIDTH TILDE
            Map.entry(0x2016, "∥"), // DOUBLE VERTICAL LINE → PARALLEL TO
            Map.entry(0x00A2, "￠"),
            Map.entry(0x00A3, "￡"),
            Map.entry(0x00AC, "￢"),
            Map.entry(0x00A6, "￤"),
            Map.entry(0x00A5, "￥"),
            Map.entry(0x203E, "￣"),
            Map.entry(0x00B7, "・"),
            Map.entry(0x00A0, " "), // NO-BREAK SPACE
            Map.entry(0x2011, "‐"), // NON-BREAKING HYPHEN → HYPHEN
            Map.entry(0x2015, "―"),
            Map.entry(0x2053, "～"), // SWUNG DASH
            Map.entry(0x223C, "～"), // TILDE OPERATOR
            Map.entry(0x22EF, "…"), // MIDLINE HORIZONTAL ELLIPSIS
            Map.entry(0x2027, "・"), // HYPHENATION POINT
            Map.entry(0x2219, "・"), // BULLET OPERATOR
            Map.entry(0x2022, "・"), // BULLET
            Map.entry(0x00D7, "×"),
            Map.entry(0x00F7, "÷"));

    private final CharsetEncoder encoder = TextFiles.CP932.newEncoder();
    private final Map<Integer, Boolean> writable = new HashMap<>();

    /** {@code text} with every character that has a CP932 equivalent replaced by it. */
    public static String toWindows(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            String eq = EQUIVALENTS.get(cp);
            if (eq != null && sb == null) {
                sb = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (sb != null) {
                if (eq != null) {
                    sb.append(eq);
                } else {
                    sb.appendCodePoint(cp);
                }
            }
            i += Character.charCount(cp);
        }
        return sb == null ? text : sb.toString();
    }

    /** The first character of {@code windowsText} (already through {@link #toWindows}) CP932 cannot hold, or -1. */
    public int firstUnwritable(String windowsText) {
        for (int i = 0; i < windowsText.length(); ) {
            int cp = windowsText.codePointAt(i);
            if (cp >= 0x80 && !writable.computeIfAbsent(cp, this::canWrite)) {
                return cp;
            }
            i += Character.charCount(cp);
        }
        return -1;
    }

    private boolean canWrite(int cp) {
        return Character.isBmpCodePoint(cp) && encoder.canEncode((char) cp);
    }

    /** 「U+2661 ♡」: how a message names a character, legible even where the character itself is not. */
    public static String describe(int cp) {
        return String.format("U+%04X %s", cp, new String(Character.toChars(cp)));
    }
}
