package jp.shomu.ledger.service.desk;

/** The desk's lists, most urgent first; a case is listed once, in the first section that applies. */
public enum DeskSection {
    OVERDUE("overdue", "期限超過"),
    TODAY("today", "本日期限"),
    SOON("soon", "期限間近"),
    PAUSED("paused", "不備照会中"),
    HOLD("hold", "保留"),
    CITY("city", "市決裁待ち"),
    CHECK("check", "確認待ち");

    private final String code;
    private final String label;

    DeskSection(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** The word the command line prints. */
    public String code() {
        return code;
    }

    public String label() {
        return label;
    }
}
