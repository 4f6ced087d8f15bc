package jp.shomu.ledger.domain.seasonal;

import jp.shomu.ledger.domain.cases.InvalidInputException;

/** What a recurring item does on its day: leave a reminder on the desk, or register a batch of cases. */
public enum SeasonalAction {
    REMINDER("リマインド"),
    CASES("案件の一括登録");

    private final String label;

    SeasonalAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static SeasonalAction parse(String text) {
        for (SeasonalAction a : values()) {
            if (a.name().equalsIgnoreCase(text == null ? "" : text.strip()) || a.label.equals(text)) {
                return a;
            }
        }
        throw new InvalidInputException("動作は REMINDER(リマインド)か CASES(案件の一括登録)です: " + text);
    }
}
