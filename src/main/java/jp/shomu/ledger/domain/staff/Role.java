package jp.shomu.ledger.domain.staff;

/** What a member of the centre may do; the Japanese titles are those of the specification. */
public enum Role {
    OPERATOR("担当者"),
    LEADER("業務責任者"),
    MANAGER("管理責任者"),
    AUDITOR("監査");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isLeaderOrAbove() {
        return this == LEADER || this == MANAGER;
    }

    public boolean readOnly() {
        return this == AUDITOR;
    }

    public static Role parse(String text) {
        for (Role r : values()) {
            if (r.name().equalsIgnoreCase(text) || r.label.equals(text)) {
                return r;
            }
        }
        throw new IllegalArgumentException("役割「" + text + "」はありません(担当者, 業務責任者, 管理責任者, 監査)");
    }
}
