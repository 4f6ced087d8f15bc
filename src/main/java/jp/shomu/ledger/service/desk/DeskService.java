package jp.shomu.ledger.service.desk;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.shomu.ledger.domain.calendar.BusinessCalendar;
import jp.shomu.ledger.domain.cases.CaseStatus;
import jp.shomu.ledger.domain.catalog.Catalog;
import jp.shomu.ledger.domain.catalog.TaskType;
import jp.shomu.ledger.domain.staff.Action;
import jp.shomu.ledger.domain.staff.Permissions;
import jp.shomu.ledger.domain.staff.Role;
import jp.shomu.ledger.domain.staff.StaffMember;
import jp.shomu.ledger.service.LedgerContext;
import jp.shomu.ledger.store.desk.DeskQueries;
import jp.shomu.ledger.store.desk.DeskQueries.OpenCase;
import jp.shomu.ledger.store.desk.DeskQueries.OpenPause;
import jp.shomu.ledger.store.settings.StaffRepository;

/**
 * The leader's desk: every open case that needs an eye today, sorted by urgency, and each person's load. One read
 * of the open cases (through the partial index on open statuses) and one of the open pauses; classified here.
 */
public final class DeskService {
    public static final int DEFAULT_WITHIN = 2;
    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    private final LedgerContext ctx;

    public DeskService(LedgerContext ctx) {
        this.ctx = ctx;
    }

    /** The desk as of today (Japan time): cases due within {@code within} business days count as soon. */
    public Desk desk(StaffMember actor, int within, String typeCode) {
        Permissions.require(actor, Action.READ_CASES);
        if (within < 0) {
            throw new jp.shomu.ledger.domain.cases.InvalidInputException("営業日数は0以上にしてください");
        }
        String type = typeCode == null || typeCode.isBlank() ? null : typeCode.strip();
        List<OpenCase> open = ctx.ledger().read(c -> DeskQueries.openCases(c, type));
        Map<Long, OpenPause> pauses = ctx.ledger().read(DeskQueries::openPauses);
        return classify(ctx.calendar(), ctx.today(), within, open, pauses);
    }

    static Desk classify(
            BusinessCalendar cal, LocalDate today, int within, List<OpenCase> open, Map<Long, OpenPause> pauses) {
        List<DeskLine> lines = new ArrayList<>();
        for (OpenCase o : open) {
            DeskLine line = line(cal, today, within, o, pauses.get(o.id()));
            if (line != null) {
                lines.add(line);
            }
        }
        lines.sort(Comparator.comparing(DeskLine::section).thenComparing(URGENCY));
        return new Desk(today, within, lines);
    }

    private static DeskLine line(BusinessCalendar cal, LocalDate today, int within, OpenCase o, OpenPause pause) {
        Integer left = o.dueOn() == null ? null : left(cal, today, o.dueOn());
        CaseStatus s = o.status();
        DeskSection section;
        LocalDate since = null;
        String addressee = "";
        if (s == CaseStatus.CITY_APPROVAL) {
            section = DeskSection.CITY;
            since = o.centreDoneOn();
        } else if (o.dueOn() != null && o.dueOn().isBefore(today)) {
            section = DeskSection.OVERDUE;
        } else if (s.isPaused()) {
            section = s == CaseStatus.ON_HOLD ? DeskSection.HOLD : DeskSection.PAUSED;
            if (pause != null) {
                since = pause.startedOn();
                addressee = pause.addressee();
            }
        } else if (o.dueOn() != null && o.dueOn().equals(today)) {
            section = DeskSection.TODAY;
        } else if (left != null && left <= within) {
            section = DeskSection.SOON;
        } else if (s == CaseStatus.AWAITING_CHECK) {
            section = DeskSection.CHECK;
            since = LocalDate.ofInstant(o.updatedAt(), JAPAN);
        } else {
            return null;
        }
        int waited = since == null ? 0 : Math.max(0, cal.countBusinessDays(since, today));
        return new DeskLine(
                section,
                o.id(),
                o.typeCode(),
                o.subject(),
                s,
                o.dueOn(),
                o.assigneeId(),
                o.assigneeLogin(),
                o.assigneeName(),
                left,
                since,
                waited,
                addressee,
                o.version());
    }

    /** Business days from today to the due day: 0 on the day, negative once over. */
    static int left(BusinessCalendar cal, LocalDate today, LocalDate due) {
        return cal.countBusinessDays(today, due);
    }

    /** Within a section: the longest waiting first where a wait is shown, else the earliest due, then the id. */
    private static final Comparator<DeskLine> URGENCY = Comparator.comparing(
                    DeskLine::since, Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))
            .thenComparing(DeskLine::dueOn, Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))
            .thenComparingLong(DeskLine::id);

    /** Each person who may be given cases (active, not the auditor), with their load today; most loaded first. */
    public List<OperatorLoad> loads(StaffMember actor) {
        Permissions.require(actor, Action.READ_CASES);
        LocalDate today = ctx.today();
        YearMonth month = YearMonth.from(today);
        Instant from = month.atDay(1).atStartOfDay(JAPAN).toInstant();
        Instant to = month.plusMonths(1).atDay(1).atStartOfDay(JAPAN).toInstant();
        Catalog catalog = ctx.catalog();
        List<StaffMember> staff = ctx.ledger().read(StaffRepository::all);
        List<OpenCase> open = ctx.ledger().read(c -> DeskQueries.openCases(c, null));
        Map<Long, Integer> sendBacks = ctx.ledger().read(c -> DeskQueries.sendBacksByMaker(c, from, to));
        Map<Long, int[]> sums = new HashMap<>();
        for (OpenCase o : open) {
            if (o.assigneeId() == null) {
                continue;
            }
            int[] s = sums.computeIfAbsent(o.assigneeId(), k -> new int[3]);
            s[0]++;
            s[1] += catalog.taskType(o.typeCode())
                    .map(TaskType::standardMinutes)
                    .orElse(0);
            if (o.status() != CaseStatus.CITY_APPROVAL
                    && o.dueOn() != null
                    && o.dueOn().isBefore(today)) {
                s[2]++;
            }
        }
        return staff.stream()
                .filter(s -> s.active() && s.role() != Role.AUDITOR)
                .map(s -> {
                    int[] v = sums.getOrDefault(s.id(), new int[3]);
                    return new OperatorLoad(
                            s.id(), s.login(), s.name(), v[0], v[1], v[2], sendBacks.getOrDefault(s.id(), 0));
                })
                .sorted(Comparator.comparingInt(OperatorLoad::openMinutes)
                        .reversed()
                        .thenComparing(OperatorLoad::login))
                .toList();
    }

    /** Open cases assigned to {@code actor} by someone else in the last {@code days} days: marked new in 自分の案件. */
    public java.util.Set<Long> newlyAssignedTo(StaffMember actor, int days) {
        Instant since = ctx.clock().instant().minus(java.time.Duration.ofDays(days));
        return new java.util.HashSet<>(ctx.ledger().read(c -> DeskQueries.assignedTo(c, actor.login(), since)));
    }

    /** Sets the month's payroll cut-off (給与の締め日); leaders only. The day must fall in that month. */
    public void setPayrollCutoff(StaffMember actor, YearMonth month, LocalDate day) {
        Permissions.require(actor, Action.ASSIGN);
        if (!YearMonth.from(day).equals(month)) {
            throw new jp.shomu.ledger.domain.cases.InvalidInputException("締め日 " + day + " は " + month + " の日付ではありません");
        }
        ctx.ledger().write(actor.login(), tx -> {
            jp.shomu.ledger.store.desk.PayrollCutoffs.set(tx, month, day);
            return null;
        });
    }

    /** This month's cut-off and the open cases due on or before it: they must be finished before payroll closes. */
    public record MonthEnd(YearMonth month, LocalDate cutoff, List<OpenCaseDue> unfinished) {}

    /** An open case due by the cut-off. */
    public record OpenCaseDue(long id, String typeCode, String subject, LocalDate dueOn, String assigneeName) {}

    /** Empty when no cut-off is set for this month. */
    public java.util.Optional<MonthEnd> monthEnd(StaffMember actor) {
        Permissions.require(actor, Action.READ_CASES);
        YearMonth month = YearMonth.from(ctx.today());
        java.util.Optional<LocalDate> cutoff =
                ctx.ledger().read(c -> jp.shomu.ledger.store.desk.PayrollCutoffs.of(c, month));
        if (cutoff.isEmpty()) {
            return java.util.Optional.empty();
        }
        List<OpenCaseDue> due = ctx.ledger().read(c -> DeskQueries.openCases(c, null)).stream()
                .filter(o -> o.status() != CaseStatus.CITY_APPROVAL)
                .filter(o -> o.dueOn() != null && !o.dueOn().isAfter(cutoff.get()))
                .sorted(Comparator.comparing(OpenCase::dueOn).thenComparingLong(OpenCase::id))
                .map(o -> new OpenCaseDue(o.id(), o.typeCode(), o.subject(), o.dueOn(), o.assigneeName()))
                .toList();
        return java.util.Optional.of(new MonthEnd(month, cutoff.get(), due));
    }
}
