package jp.shomu.ledger.domain.cases;

/** The result of a double check, or an error found after completion. */
public enum ReviewOutcome {
    APPROVED("承認"),
    SENT_BACK("差戻し"),
    POST_COMPLETION_ERROR("完了後の誤り");

    private final String label;

    ReviewOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
