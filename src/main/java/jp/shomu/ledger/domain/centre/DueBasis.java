package jp.shomu.ledger.domain.centre;

/** How a deliverable's due date was set. */
public enum DueBasis {
    /** Computed from a rule in business days (the monthly report, minutes). */
    RULE("規定"),
    /** "委託者が指定する期日": a provisional date until the city names one. */
    PROVISIONAL("仮"),
    /** Entered by hand: the date the city named. */
    CITY("市指定");

    private final String label;

    DueBasis(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
