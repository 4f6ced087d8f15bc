package jp.shomu.ledger.domain.imports;

/** A, B, … Z, AA, AB …: how Excel names columns (and how the report names anonymous operators). */
public final class ColumnLetters {
    private ColumnLetters() {}

    /** The letters for a zero-based index: 0 → A, 25 → Z, 26 → AA. */
    public static String of(int index) {
        StringBuilder s = new StringBuilder();
        int n = index;
        do {
            s.insert(0, (char) ('A' + n % 26));
            n = n / 26 - 1;
        } while (n >= 0);
        return s.toString();
    }
}
