package jp.shomu.ledger.domain.catalog;

/** The kinds of value a task type's field can hold; each kind has its own editor and validation. */
public enum FieldType {
    TEXT("文字"),
    DATE("日付"),
    /** A month (支給開始月): canonical 2027-04, typed as R9.4, 令和9年4月 or 2027-04. */
    MONTH("年月"),
    YEN("金額(円)"),
    COUNT("数"),
    CHOICE("選択"),
    EMPLOYEE_NO("職員番号"),
    STAFF("センター職員"),
    FLAG("はい/いいえ");

    private final String label;

    FieldType(String label) {
        this.label = label;
    }

    /** The kind in the words of the handover catalog and the import template. */
    public String label() {
        return label;
    }
}
