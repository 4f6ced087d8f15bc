package jp.shomu.ledger.domain.catalog;

/** How a task type's due date is counted. */
public enum SlaKind {
    /** N business days after the documents were complete (完備受理). */
    BUSINESS_DAYS,
    /** N calendar days after the start date, where a law sets the limit (e.g. 資格取得届 within 5 days). */
    CALENDAR_DAYS,
    /** A fixed deadline held in one of the case's date fields (e.g. the payroll cut-off) minus N business days. */
    BEFORE_DEADLINE
}
