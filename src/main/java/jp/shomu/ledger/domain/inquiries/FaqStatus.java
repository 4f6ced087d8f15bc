package jp.shomu.ledger.domain.inquiries;

import java.util.Arrays;
import jp.shomu.ledger.domain.cases.InvalidInputException;

/** An FAQ article's working copy: being written, waiting for a second person, published, retired. */
public enum FaqStatus {
    DRAFT("下書き"),
    IN_REVIEW("確認待ち"),
    PUBLISHED("公開"),
    RETIRED("廃止");

    private final String label;

    FaqStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static FaqStatus parse(String text) {
        String t = text.strip();
        return Arrays.stream(values())
                .filter(s -> s.label.equals(t) || s.name().equalsIgnoreCase(t))
                .findFirst()
                .orElseThrow(() -> new InvalidInputException("FAQ の状態「" + text + "」はありません"));
    }
}
