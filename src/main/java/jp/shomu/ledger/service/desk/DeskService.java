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
import java.util.Optional;
import java.util.Set;
import jp.shomu.ledger.domain.calendar.BusinessCalendar;
import jp.shomu.ledger.domain.cases.CaseStatus;
import jp.shomu.ledger.domain.cases.InvalidInputException;
import jp.shomu.ledger.domain.catalog.Catalog;
import jp.shomu.ledger.domain.catalog.TaskType;
import jp.shomu.ledger.domain.staff.Action;
import jp.shomu.ledger.domain.staff.Permissions;
import jp.shomu.ledger.domain.staff.Role;
import jp.shomu.ledger.domain.staff.StaffMember;
import jp.shomu.ledger.service.LedgerContext;
import jp.shomu.ledger.service.people.PeopleRosterService;
import jp.shomu.ledger.store.desk.DeskQueries;
import jp.shomu.ledger.store.desk.DeskQueries.OpenCase;
import jp.shomu.ledger.store.desk.DeskQueries.OpenPause;
import jp.shomu.ledger.store.desk.DeskSettings;
import jp.shomu.ledger.store.settings.StaffRepository;

/**
 * The leader's desk: every open case that needs an eye today, sorted by urgency, and each person's load. One read
 * of the open cases (through the partial index on open statuses) and one of the open pauses; classified here.
 */
public final class DeskService {
    public static final int DEFAULT_WITHIN = 2;
    public static final int LONGEST_WITHIN = 20;
    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    private final LedgerContext ctx;

    public DeskService(LedgerContext ctx) {
        this.ctx = ctx;
    }

    /** The desk as of today (Japan time): cases due within {@code within} business days count as soon. */
    public Desk desk(StaffMember actor, int within, String typeCode) {
        return deskOfTypes(actor, within, typeCode == null || typeCode.isBlank() ? Set.of() : Set.of(typeCode.strip()));
    }

    /** The desk of some task types ({@code types} empty = all). */
    public Desk deskOfTypes(StaffMember actor, int within, Set<String> types) {
        Permissions.require(actor, Action.READ_CASES);
        requireWithin(within);
        List<OpenCase> open = ctx.ledger()
                .read(c -> DeskQueries.openCases(
                        c, types.size() == 1 ? types.iterator().next() : null));
        if (types.size() > 1) {
            open = open.stream().filter(o -> types.contains(o.typeCode())).toList();
        }
        Map<Long, OpenPause> pauses = ctx.ledger().read(DeskQueries::openPauses);
        return classify(ctx.calendar(), ctx.today(), within, open, pauses);
    }

    /** The "due within N business days" window the leaders set ({@value #DEFAULT_WITHIN} until one is set). */
    public int within() {
        return ctx.ledger().read(DeskSettings::within).orElse(DEFAULT_WITHIN);
    }

    /** Sets the window for everyone's desk; leaders only, audited. */
    public void setWithin(StaffMember actor, int days) {
        Permissions.require(actor, Action.ASSIGN);
        requireWithin(days);
        ctx.ledger().write(actor.login(), tx -> {
            DeskSettings.setWithin(tx, days);
            return null;
        });
    }

    private static void requireWithin(int days) {
        if (days < 0 || days > LONGEST_WITHIN) {
            throw new InvalidInputException("期限間近の営業日数は0〜" + LONGEST_WITHIN + "にしてください: " + days);
        }
    }

    /**
     * The task types the person works on by their terms on the 従事者名簿 today; empty when none are named (the
     * desk then shows all).
     */
    public Set<String> taskTypesOf(StaffMember person) {
        return new PeopleRosterService(ctx)
                .termsOf(person, ctx.today())
                .map(t -> t.period().taskTypes())
                .orElse(Set.of());
    }

    static Desk classify(
            BusinessCalendar cal, LocalDate today, int within, List<OpenCase> open, Map<Long, OpenPause> pauses) {
        List<DeskLine> lines = new ArrayList<>();
        // thousands of open cases share a few dozen due and start dates: each count is made once
        Map<LocalDate, Integer> counted = new HashMap<>();
        java.util.function.ToIntFunction<LocalDate> fromToday =
                day -> counted.computeIfAbsent(day, d -> cal.countBusinessDays(today, d));
        for (OpenCase o : open) {
            DeskLine line = line(fromToday, today, within, o, pauses.get(o.id()));
            if (line != null) {
                lines.add(line);
            }
        }
        lines.sort(Comparator.comparing(DeskLine::section).thenComparing(URGENCY));
        return new Desk(today, within, lines);
    }

    /** @param fromToday business days from today to a day (0 on the day, negative before it) */
    private static DeskLine line(
            java.util.function.ToIntFunction<LocalDate> fromToday,
            LocalDate today,
            int within,
            OpenCase o,
            OpenPause pause) {
        Integer left = o.dueOn() == null ? null : fromToday.applyAsInt(o.dueOn());
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
        int waited = since == null ? 0 : Math.max(0, -fromToday.applyAsInt(since));
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

    /** Within a section: the longest waiting first where a wait is shown, else the earliest due, then the id. */
    private static final Comparator<DeskLine> URGENCY = Comparator.comparing(
                    DeskLine::since, Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))
            .thenComparing(DeskLine::dueOn, Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))
            .thenComparingLong(DeskLine::id);

    /** This month as the desk counts it: today, and the instants it starts and ends at in Japan. */
    private record Month(LocalDate today, YearMonth month, Instant from, Instant to) {
        Month(LocalDate today) {
            this(
                    today,
                    YearMonth.from(today),
                    YearMonth.from(today).atDay(1).atStartOfDay(JAPAN).toInstant(),
                    YearMonth.from(today)
                            .plusMonths(1)
                            .atDay(1)
                            .atStartOfDay(JAPAN)
                            .toInstant());
        }

        Map<Long, Integer> sendBacks(java.sql.Connection c) throws java.sql.SQLException {
            return DeskQueries.sendBacksByMaker(c, from, to);
        }
    }

    /** Each person who may be given cases (active, not the auditor), with their load today; most loaded first. */
    private List<OperatorLoad> loadsOf(
            Month m, List<StaffMember> staff, List<OpenCase> open, Map<Long, Integer> sendBacks) {
        Catalog catalog = ctx.catalog();
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
                    && o.dueOn().isBefore(m.today())) {
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

    /**
     * What the desk screen shows when it opens, from one read of the open cases: the desk (of the person's own task
     * types unless {@code allTypes}), the loads, the month-end, and the settings it was made with.
     *
     * @param within the window to use, or null for the stored one
     */
    public Overview overview(StaffMember actor, Integer within, boolean allTypes) {
        Permissions.require(actor, Action.READ_CASES);
        Set<String> own = taskTypesOf(actor);
        Month m = new Month(ctx.today());
        record Read(
                List<OpenCase> open,
                Map<Long, OpenPause> pauses,
                List<StaffMember> staff,
                Map<Long, Integer> sendBacks,
                Optional<LocalDate> cutoff,
                Optional<Integer> within) {}
        Read r = ctx.ledger()
                .read(c -> new Read(
                        DeskQueries.openCases(c, null),
                        DeskQueries.openPauses(c),
                        StaffRepository.all(c),
                        m.sendBacks(c),
                        DeskSettings.payrollCutoff(c, m.month()),
                        DeskSettings.within(c)));
        int n = within != null ? within : r.within().orElse(DEFAULT_WITHIN);
        requireWithin(n);
        List<OpenCase> shown = allTypes || own.isEmpty()
                ? r.open()
                : r.open().stream().filter(o -> own.contains(o.typeCode())).toList();
        return new Overview(
                classify(ctx.calendar(), m.today(), n, shown, r.pauses()),
                loadsOf(m, r.staff(), r.open(), r.sendBacks()),
                r.cutoff().map(cut -> monthEndOf(m.month(), cut, r.open())),
                own,
                n);
    }

    /** The desk screen's content; {@code ownTypes} empty when the person's terms name none. */
    public record Overview(
            Desk desk, List<OperatorLoad> loads, Optional<MonthEnd> monthEnd, Set<String> ownTypes, int within) {}

    /** Open cases assigned to {@code actor} by someone else in the last {@code days} days: marked new in 自分の案件. */
    public java.util.Set<Long> newlyAssignedTo(StaffMember actor, int days) {
        Instant since = ctx.clock().instant().minus(java.time.Duration.ofDays(days));
        return new java.util.HashSet<>(ctx.ledger().read(c -> DeskQueries.assignedTo(c, actor.login(), since)));
    }

    /** Sets the month's payroll cut-off (給与の締め日); leaders only. The day must fall in that month. */
    public void setPayrollCutoff(StaffMember actor, YearMonth month, LocalDate day) {
        Permissions.require(actor, Action.ASSIGN);
        if (!YearMonth.from(day).equals(month)) {
            throw new InvalidInputException("締め日 " + day + " は " + month + " の日付ではありません");
        }
        ctx.ledger().write(actor.login(), tx -> {
            DeskSettings.setPayrollCutoff(tx, month, day);
            return null;
        });
    }

    /** The month's payroll cut-off, if a leader set one. */
    public Optional<LocalDate> payrollCutoff(YearMonth month) {
        return ctx.ledger().read(c -> DeskSettings.payrollCutoff(c, month));
    }

    /** This month's cut-off and the open cases due on or before it: they must be finished before payroll closes. */
    public record MonthEnd(YearMonth month, LocalDate cutoff, List<OpenCaseDue> unfinished) {}

    /** An open case due by the cut-off. */
    public record OpenCaseDue(long id, String typeCode, String subject, LocalDate dueOn, String assigneeName) {}

    /** Empty when no cut-off is set for this month. */
    public Optional<MonthEnd> monthEnd(StaffMember actor) {
        Permissions.require(actor, Action.READ_CASES);
        YearMonth month = YearMonth.from(ctx.today());
        return payrollCutoff(month)
                .map(cut -> monthEndOf(month, cut, ctx.ledger().read(c -> DeskQueries.openCases(c, null))));
    }

    private static MonthEnd monthEndOf(YearMonth month, LocalDate cutoff, List<OpenCase> open) {
        List<OpenCaseDue> due = open.stream()
                .filter(o -> o.status() != CaseStatus.CITY_APPROVAL)
                .filter(o -> o.dueOn() != null && !o.dueOn().isAfter(cutoff))
                .sorted(Comparator.comparing(OpenCase::dueOn).thenComparingLong(OpenCase::id))
                .map(o -> new OpenCaseDue(o.id(), o.typeCode(), o.subject(), o.dueOn(), o.assigneeName()))
                .toList();
        return new MonthEnd(month, cutoff, due);
    }
}
