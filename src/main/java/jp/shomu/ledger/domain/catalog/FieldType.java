package jp.shomu.ledger.domain.catalog;

/** The kinds of value a task type's field can hold; each kind has its own editor and validation. */
public enum FieldType {
    TEXT,
    DATE,
    YEN,
    COUNT,
    CHOICE,
    EMPLOYEE_NO,
    STAFF,
    FLAG
}
