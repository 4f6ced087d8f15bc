package jp.shomu.ledger.domain.calc;

import java.math.BigDecimal;
import jp.shomu.ledger.domain.calendar.BusinessCalendar;

/** What a formula can read while it is evaluated: the case's fields (typed), the calendar and the thresholds. */
interface Scope {
    /** The field's value as a typed value, or null when blank. */
    Object field(String key);

    BusinessCalendar calendar();

    /** The threshold's value for the case's fiscal year; null when the catalog has none for that year. */
    BigDecimal threshold(String key);
}
