package jp.shomu.ledger.domain.changes;

/** What a change proposal changes; each kind takes effect only after a second person approves it. */
public enum ChangeKind {
    CATALOG("業務カタログ"),
    SLA_TARGETS("SLA目標");

    private final String label;

    ChangeKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
