package jp.shomu.ledger.domain.centre;

import java.time.LocalDate;
import jp.shomu.ledger.domain.calendar.BusinessCalendar;

/**
 * A deliverable added on a change that is due a number of business days after a day (the day itself not counted):
 * kept with it so its due date follows the calendar.
 */
public record DueRule(LocalDate from, int businessDays) {
    public LocalDate due(BusinessCalendar calendar) {
        return calendar.addBusinessDays(from, businessDays);
    }
}
