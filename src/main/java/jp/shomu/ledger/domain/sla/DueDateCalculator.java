package jp.shomu.ledger.domain.sla;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import jp.shomu.ledger.domain.calendar.BusinessCalendar;
import jp.shomu.ledger.domain.catalog.SlaRule;

/** Works out a case's due date and warning date from its task type's {@link SlaRule} on the city's calendar. */
public final class DueDateCalculator {
    private final BusinessCalendar calendar;

    public DueDateCalculator(BusinessCalendar calendar) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
    }

    /**
     * The case's SLA dates.
     * <ul>
     *   <li>BUSINESS_DAYS: the N-th business day after the start, counting only days no pause holds; so each
     *       paused business day after the start pushes the due date one business day, while pauses before the start
     *       or after the due date push nothing. With N = 0 the due date is the start day if a business day, else the
     *       next business day, and pauses do not apply.</li>
     *   <li>CALENDAR_DAYS: the start plus N calendar days, kept even on a weekend, holiday or closed day and never
     *       pushed by pauses, since a legal limit does not wait for anyone; keeping the day is the safe side.</li>
     *   <li>BEFORE_DEADLINE: N business days before the fixed deadline (with N = 0, the deadline or the last business
     *       day before it); pauses do not move a payroll cut-off.</li>
     * </ul>
     * The warning date is {@code warnDays} business days before the due date (the due date itself when 0).
     *
     * @param start    the effective start: 書類完備日, or the received date when none is recorded
     * @param deadline the fixed deadline for BEFORE_DEADLINE, else ignored and may be null
     * @param pauses   the case's pauses, in any order, overlaps allowed
     * @param today    the day open pauses run up to
     * @throws IllegalArgumentException when BEFORE_DEADLINE has no deadline, or the rule counts negative days
     */
    public SlaDates datesFor(SlaRule rule, LocalDate start, LocalDate deadline, List<Pause> pauses, LocalDate today) {
        if (rule.days() < 0 || rule.warnDays() < 0) {
            throw new IllegalArgumentException(
                    "期限の日数と注意日数は0以上にしてください（" + rule.days() + "日、注意" + rule.warnDays() + "日）");
        }
        LocalDate due = switch (rule.kind()) {
            case BUSINESS_DAYS -> businessDaysAfter(start, rule.days(), pauses, today);
            case CALENDAR_DAYS -> start.plusDays(rule.days());
            case BEFORE_DEADLINE -> businessDaysBefore(deadline, rule);
        };
        LocalDate warnFrom = rule.warnDays() == 0 ? due : calendar.addBusinessDays(due, -rule.warnDays());
        return new SlaDates(due, warnFrom);
    }

    private LocalDate businessDaysAfter(LocalDate start, int days, List<Pause> pauses, LocalDate today) {
        if (days == 0) {
            return calendar.addBusinessDays(start, 0);
        }
        LocalDate day = start;
        int counted = 0;
        while (counted < days) {
            day = calendar.nextBusinessDay(day);
            if (!isPaused(day, pauses, today)) {
                counted++;
            }
        }
        return day;
    }

    private static boolean isPaused(LocalDate day, List<Pause> pauses, LocalDate today) {
        return pauses.stream().anyMatch(p -> p.holds(day, today));
    }

    private LocalDate businessDaysBefore(LocalDate deadline, SlaRule rule) {
        if (deadline == null) {
            String field = rule.deadlineField().isEmpty() ? "" : "（" + rule.deadlineField() + "）";
            throw new IllegalArgumentException("締切日" + field + "が入力されていないため、期限を計算できません");
        }
        if (rule.days() == 0 && !calendar.isBusinessDay(deadline)) {
            return calendar.previousBusinessDay(deadline);
        }
        return calendar.addBusinessDays(deadline, -rule.days());
    }
}
