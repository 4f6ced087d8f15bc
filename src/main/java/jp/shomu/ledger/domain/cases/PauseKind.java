package jp.shomu.ledger.domain.cases;

/** Why a case's SLA clock stopped. */
public enum PauseKind {
    /** 不備照会: waiting for the requester to complete or correct the documents. */
    REQUESTER("不備照会"),
    /** 保留: sent to city staff for a decision the centre may not make. */
    CITY_HOLD("保留");

    private final String label;

    PauseKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
