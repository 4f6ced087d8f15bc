package jp.shomu.ledger.domain.cases;

import java.util.Arrays;
import java.util.Locale;

/** How two cases are linked. Seen from the other end, a parent link reads as "child". */
public enum LinkKind {
    /** The linked case is this case's parent (2-1's 支給回 for a 所属実績, the case a follow-on came from). */
    PARENT("親案件"),
    RELATED("関連");

    private final String label;

    LinkKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The word used on the command line and in the ledger: parent, related. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static LinkKind of(String word) {
        return Arrays.stream(values())
                .filter(k -> k.word().equals(word == null ? "" : word.strip().toLowerCase(Locale.ROOT)))
                .findFirst()
                .orElseThrow(() -> new InvalidInputException("--kind は parent か related です: " + word));
    }
}
