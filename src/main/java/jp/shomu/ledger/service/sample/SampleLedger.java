package jp.shomu.ledger.service.sample;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import jp.shomu.ledger.domain.calendar.BusinessCalendar;
import jp.shomu.ledger.domain.calendar.JapanTime;
import jp.shomu.ledger.domain.catalog.Catalog;
import jp.shomu.ledger.domain.catalog.TaskType;
import jp.shomu.ledger.domain.ledger.LedgerLocation;
import jp.shomu.ledger.domain.staff.Role;
import jp.shomu.ledger.domain.staff.StaffMember;
import jp.shomu.ledger.service.LedgerContext;
import jp.shomu.ledger.store.Ledger;
import jp.shomu.ledger.store.settings.StaffRepository;

/**
 * Fills a new ledger with a fictional but realistic three months of work: a roster and about 2,000 cases over
 * the 22 types, played day by day through the real services (so the audit trail and SLA dates are genuine),
 * with pauses, holds, send-backs, overdue and completed cases. Deterministic: a fixed seed and the given day.
 */
public final class SampleLedger {
    public static final long SEED = 20_270_401L;
    private static final int TARGET_CASES = 2_000;

    private final LedgerContext ctx;
    private final SimulatedClock clock;
    private final Random rnd = new Random(SEED);
    private final Map<String, List<StaffMember>> operatorsByTeam = new HashMap<>();
    private final List<String> staffNames = new ArrayList<>();
    private final List<SampleCase> open = new ArrayList<>();
    private StaffMember leader;
    private int serial;

    private SampleLedger(LedgerContext ctx, SimulatedClock clock) {
        this.ctx = ctx;
        this.clock = clock;
    }

    /** Adds the sample roster and cases to a freshly initialised ledger; "today" is the end of the sample period. */
    public static void fill(LedgerLocation file, Clock realClock) {
        LocalDate today = LocalDate.now(realClock.withZone(JapanTime.ZONE));
        SimulatedClock clock = new SimulatedClock(
                today.minusMonths(3).atTime(8, 30).atZone(JapanTime.ZONE).toInstant(), JapanTime.ZONE);
        try (Ledger ledger = Ledger.open(file, clock)) {
            ledger.bulkLoad(() -> new SampleLedger(new LedgerContext(ledger), clock).play(today));
        }
    }

    private void play(LocalDate today) {
        addRoster();
        BusinessCalendar calendar = ctx.calendar();
        Catalog catalog = ctx.catalog();
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = today.minusMonths(3); !d.isAfter(today); d = d.plusDays(1)) {
            if (calendar.isBusinessDay(d)) {
                days.add(d);
            }
        }
        int perDay = Math.max(1, TARGET_CASES / Math.max(1, days.size()));
        for (LocalDate day : days) {
            int minute = 0;
            for (SampleCase c : new ArrayList<>(open)) {
                at(day, minute++);
                c.advance(day);
                if (c.finished()) {
                    open.remove(c);
                }
            }
            int arrivals = perDay - 3 + rnd.nextInt(7);
            for (int i = 0; i < arrivals && serial < TARGET_CASES; i++) {
                at(day, minute++);
                TaskType type = pickType(catalog, day, rnd);
                SampleCase c = SampleCase.receive(this, type, day);
                if (rnd.nextInt(10) < 6) {
                    c.advance(day);
                }
                open.add(c);
            }
        }
    }

    private void addRoster() {
        ctx.ledger().write(leaderLogin(), tx -> {
            for (SampleRoster.Person p : SampleRoster.people()) {
                StaffRepository.add(tx, p.login(), p.employeeNo(), p.name(), p.role(), p.team());
            }
            return null;
        });
        for (StaffMember s : ctx.ledger().read(StaffRepository::all)) {
            staffNames.add(s.name());
            if (s.role() == Role.OPERATOR) {
                operatorsByTeam
                        .computeIfAbsent(s.team(), k -> new ArrayList<>())
                        .add(s);
            } else if (s.role() == Role.LEADER && leader == null) {
                leader = s;
            }
        }
    }

    /** Types weighted by their annual cases, doubled in their peak months. */
    static TaskType pickType(Catalog catalog, LocalDate day, Random rnd) {
        double total = 0;
        double[] weights = new double[catalog.taskTypes().size()];
        for (int i = 0; i < weights.length; i++) {
            TaskType t = catalog.taskTypes().get(i);
            weights[i] = Math.max(20, t.annualCases()) * (t.peakMonths().contains(day.getMonthValue()) ? 2 : 1);
            total += weights[i];
        }
        double r = rnd.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r <= 0) {
                return catalog.taskTypes().get(i);
            }
        }
        return catalog.taskTypes().get(weights.length - 1);
    }

    private void at(LocalDate day, int step) {
        LocalTime time = LocalTime.of(8, 45).plusSeconds(step * 37L % (8 * 3600));
        clock.set(day.atTime(time).atZone(JapanTime.ZONE).toInstant());
    }

    LedgerContext ctx() {
        return ctx;
    }

    Random rnd() {
        return rnd;
    }

    StaffMember leader() {
        return leader;
    }

    List<String> staffNames() {
        return staffNames;
    }

    int nextSerial() {
        return ++serial;
    }

    /** Operators of the team that handles the type's 大区分. */
    List<StaffMember> team(TaskType type) {
        return operatorsByTeam.get(teamOf(type));
    }

    static String teamOf(TaskType type) {
        return switch (type.majorCode()) {
            case "1", "2" -> "人事・給与";
            case "3" -> "福利厚生";
            default -> "財務・物品・文書";
        };
    }

    /** The roster is entered by the manager who ran init (the first person on it). */
    private String leaderLogin() {
        return ctx.ledger()
                .read(c -> StaffRepository.byId(c, 1))
                .map(StaffMember::login)
                .orElse("init");
    }
}
