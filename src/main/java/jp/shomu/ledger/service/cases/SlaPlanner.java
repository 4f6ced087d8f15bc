package jp.shomu.ledger.service.cases;

import java.time.LocalDate;
import java.util.List;
import jp.shomu.ledger.domain.calendar.BusinessCalendar;
import jp.shomu.ledger.domain.cases.CaseFile;
import jp.shomu.ledger.domain.cases.CasePause;
import jp.shomu.ledger.domain.cases.CommonFields;
import jp.shomu.ledger.domain.catalog.SlaKind;
import jp.shomu.ledger.domain.catalog.TaskType;
import jp.shomu.ledger.domain.sla.DueDateCalculator;
import jp.shomu.ledger.domain.sla.Pause;
import jp.shomu.ledger.domain.sla.SlaDates;

/** Works out a case's start, due and warning dates from its type's SLA rule, its fields and its pauses. */
public final class SlaPlanner {
    private SlaPlanner() {}

    public record Plan(LocalDate receivedOn, LocalDate startOn, LocalDate dueOn, LocalDate warnOn) {}

    public static Plan plan(
            BusinessCalendar calendar, TaskType type, CaseFile c, List<CasePause> pauses, LocalDate today) {
        return plan(calendar, type, c, pauses, today, today);
    }

    /**
     * The same plan for a case already saved, on another calendar: a received date left blank stays the one the
     * case was saved with (not today), so only the calendar and the open pauses' end can move its dates.
     */
    public static Plan replan(
            BusinessCalendar calendar, TaskType type, CaseFile c, List<CasePause> pauses, LocalDate today) {
        return plan(calendar, type, c, pauses, today, c.receivedOn() == null ? today : c.receivedOn());
    }

    private static Plan plan(
            BusinessCalendar calendar,
            TaskType type,
            CaseFile c,
            List<CasePause> pauses,
            LocalDate today,
            LocalDate receivedIfBlank) {
        LocalDate received = date(c.field(CommonFields.RECEIVED_ON), receivedIfBlank);
        LocalDate start = date(c.field(CommonFields.DOCS_COMPLETE_ON), received);
        LocalDate deadline = null;
        if (type.sla().kind() == SlaKind.BEFORE_DEADLINE) {
            String value = c.field(type.sla().deadlineField());
            if (value.isEmpty()) {
                return new Plan(received, start, null, null);
            }
            deadline = LocalDate.parse(value);
        }
        List<Pause> periods =
                pauses.stream().map(p -> new Pause(p.startedOn(), p.endedOn())).toList();
        SlaDates dates = new DueDateCalculator(calendar).datesFor(type.sla(), start, deadline, periods, today);
        return new Plan(received, start, dates.due(), dates.warnFrom());
    }

    private static LocalDate date(String iso, LocalDate fallback) {
        return iso.isEmpty() ? fallback : LocalDate.parse(iso);
    }
}
