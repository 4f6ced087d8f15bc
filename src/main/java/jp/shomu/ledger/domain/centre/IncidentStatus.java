package jp.shomu.ledger.domain.centre;

/** Where the handling of an incident stands. */
public enum IncidentStatus {
    OPEN("対応中"),
    RECOVERED("復旧済"),
    CLOSED("完了");

    private final String label;

    IncidentStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
