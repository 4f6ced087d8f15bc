package jp.shomu.ledger.ui.common;

import java.util.List;

/** The kinds of file a person picks in a file chooser, with the filter the chooser offers for each. */
public enum FileKind {
    LEDGER("startup.ledgerFiles", "*.db"),
    IMPORT("import.files", "*.csv", "*.xlsx"),
    HOLIDAY_CSV("settings.holidays.csvFiles", "*.csv");

    private final String descriptionKey;
    private final List<String> patterns;

    FileKind(String descriptionKey, String... patterns) {
        this.descriptionKey = descriptionKey;
        this.patterns = List.of(patterns);
    }

    public String description() {
        return Messages.get(descriptionKey);
    }

    public List<String> patterns() {
        return patterns;
    }
}
