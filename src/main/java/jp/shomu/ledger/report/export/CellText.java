package jp.shomu.ledger.report.export;

/**
 * Keeps text that a spreadsheet would run as a formula (a leading =, +, -, @, or a tab or carriage return that
 * hides one) from ever being run: in .xlsx it is a text cell marked with a quote prefix; in CSV it gets a leading
 * apostrophe, as the OWASP "CSV injection" advice says.
 */
public final class CellText {
    /** Excel's limit on the characters of one cell. */
    public static final int MAX_CELL = 32_767;

    private CellText() {}

    public static boolean looksLikeFormula(String value) {
        if (value == null || value.isEmpty()) {
            return false;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }

    /** The value as written in a CSV file. */
    public static String forCsv(String value) {
        return looksLikeFormula(value) ? "'" + value : value;
    }

    /** The value cut to fit one Excel cell, saying so at the end when it was cut. */
    public static String forCell(String value) {
        if (value.length() <= MAX_CELL) {
            return value;
        }
        String note = "…(全" + value.length() + "文字のうち先頭のみ。全文は CSV 出力にあります)";
        return value.substring(0, MAX_CELL - note.length()) + note;
    }
}
