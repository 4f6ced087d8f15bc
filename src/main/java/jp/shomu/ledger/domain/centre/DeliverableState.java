package jp.shomu.ledger.domain.centre;

import jp.shomu.ledger.domain.cases.InvalidInputException;

/**
 * Where a deliverable stands with the city (spec §14): 未提出 → 提出済 → 受理, or 再提出依頼 (§14(5)) and then 提出済
 * again, as often as the city asks.
 */
public enum DeliverableState {
    NOT_SUBMITTED("未提出"),
    SUBMITTED("提出済"),
    ACCEPTED("受理"),
    RETURNED("再提出依頼");

    private final String label;

    DeliverableState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The state after handing it to the city: first time, or again after a send-back. */
    public DeliverableState submit() {
        if (this != NOT_SUBMITTED && this != RETURNED) {
            throw new InvalidInputException("「" + label + "」の提出物は提出できません(未提出か再提出依頼のときだけ)");
        }
        return SUBMITTED;
    }

    /** The state after the city accepted what was submitted. */
    public DeliverableState accept() {
        requireSubmitted("受理");
        return ACCEPTED;
    }

    /** The state after the city sent it back for another version. */
    public DeliverableState sendBack() {
        requireSubmitted("再提出依頼");
        return RETURNED;
    }

    /** Whether the centre still owes it (not yet handed over, or sent back). */
    public boolean owed() {
        return this == NOT_SUBMITTED || this == RETURNED;
    }

    private void requireSubmitted(String what) {
        if (this != SUBMITTED) {
            throw new InvalidInputException("「" + label + "」の提出物は" + what + "にできません(提出済のときだけ)");
        }
    }

    public static DeliverableState parse(String text) {
        for (DeliverableState s : values()) {
            if (s.name().equalsIgnoreCase(text.strip()) || s.label.equals(text.strip())) {
                return s;
            }
        }
        throw new InvalidInputException("提出物の状態が分かりません: " + text);
    }
}
