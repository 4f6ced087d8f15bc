package jp.shomu.ledger.domain.changes;

/** Where a change proposal stands: waiting, approved (in force), rejected by another person, or withdrawn. */
public enum ChangeStatus {
    PROPOSED("承認待ち"),
    APPROVED("承認済"),
    REJECTED("却下"),
    WITHDRAWN("取下げ");

    private final String label;

    ChangeStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
