package jp.shomu.ledger.domain.cases;

/** Where a case stands. Paused states stop the SLA clock; CITY_APPROVAL is the city's time, not the centre's. */
public enum CaseStatus {
    RECEIVED("受付"),
    IN_PROGRESS("処理中"),
    AWAITING_CHECK("確認待ち"),
    WAITING_REQUESTER("不備照会中"),
    ON_HOLD("保留"),
    CITY_APPROVAL("市決裁待ち"),
    DONE("完了"),
    WITHDRAWN("取下げ");

    private final String label;

    CaseStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isPaused() {
        return this == WAITING_REQUESTER || this == ON_HOLD;
    }

    public boolean isClosed() {
        return this == DONE || this == WITHDRAWN;
    }

    /** Accepts the English code or the Japanese label. */
    public static CaseStatus parse(String text) {
        for (CaseStatus s : values()) {
            if (s.name().equalsIgnoreCase(text) || s.label.equals(text)) {
                return s;
            }
        }
        throw new IllegalArgumentException("状態「" + text + "」はありません(受付, 処理中, 確認待ち, 不備照会中, 保留, 市決裁待ち, 完了, 取下げ)");
    }
}
