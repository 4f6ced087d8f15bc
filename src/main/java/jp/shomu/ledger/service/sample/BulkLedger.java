package jp.shomu.ledger.service.sample;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.IntConsumer;
import jp.shomu.ledger.domain.calendar.BusinessCalendar;
import jp.shomu.ledger.domain.calendar.JapanTime;
import jp.shomu.ledger.domain.catalog.Catalog;
import jp.shomu.ledger.domain.catalog.TaskType;
import jp.shomu.ledger.domain.staff.Role;
import jp.shomu.ledger.domain.staff.StaffMember;
import jp.shomu.ledger.service.LedgerContext;
import jp.shomu.ledger.service.cases.CaseService;
import jp.shomu.ledger.service.workplace.NewLedger;
import jp.shomu.ledger.store.Ledger;
import jp.shomu.ledger.store.settings.StaffRepository;

/**
 * Fills a new file with years of fictional work for benchmarks (issue #6: 500,000 cases). Unlike
 * {@link SampleLedger} it does not play the cases day by day through the workflow: each case is written in its
 * final state by {@link BulkCase}, one transaction per batch inside {@link Ledger#bulkLoad}, still through the
 * real repositories, so the audit chain, the search index and {@code verify} are as the app would leave them.
 */
public final class BulkLedger {
    /** Logs in as the manager of the generated roster. */
    public static final String ADMIN = "bench-admin";

    private final LedgerContext ctx;
    private final SimulatedClock clock;
    private final Random rnd;
    private final Map<String, List<StaffMember>> teams = new HashMap<>();

    private BulkLedger(LedgerContext ctx, SimulatedClock clock, long seed) {
        this.ctx = ctx;
        this.clock = clock;
        this.rnd = new Random(seed);
    }

    /**
     * Creates {@code file} (which must not exist) with {@code total} cases received over the {@code years} years
     * up to {@code today}, {@code batch} cases per transaction; {@code progress} hears the cases written so far.
     */
    public static void generate(
            Path file, int total, int years, LocalDate today, int batch, long seed, IntConsumer progress) {
        LocalDate first = today.minusYears(years);
        SimulatedClock clock =
                new SimulatedClock(first.atTime(8, 30).atZone(JapanTime.ZONE).toInstant(), JapanTime.ZONE);
        NewLedger.create(file, ADMIN, clock);
        try (Ledger ledger = Ledger.open(file, clock)) {
            ledger.bulkLoad(() ->
                    new BulkLedger(new LedgerContext(ledger), clock, seed).fill(first, today, total, batch, progress));
        }
    }

    private void fill(LocalDate first, LocalDate today, int total, int batch, IntConsumer progress) {
        addRoster();
        Catalog catalog = ctx.catalog();
        BusinessCalendar calendar = ctx.calendar();
        CaseService cases = new CaseService(ctx);
        List<LocalDate> arrivals = arrivals(calendar, first, today, total);
        StaffMember admin = ctx.whoIs(ADMIN);
        for (int from = 0; from < arrivals.size(); from += batch) {
            List<LocalDate> days = arrivals.subList(from, Math.min(arrivals.size(), from + batch));
            clock.set(days.get(days.size() - 1)
                    .atTime(LocalTime.of(17, 30))
                    .atZone(JapanTime.ZONE)
                    .toInstant());
            ctx.ledger().write(admin.login(), tx -> {
                for (LocalDate day : days) {
                    TaskType type = SampleLedger.pickType(catalog, day, rnd);
                    new BulkCase(tx, type, rnd, calendar, teams.get(SampleLedger.teamOf(type)))
                            .write(cases, catalog.version(), day, today);
                }
                return null;
            });
            progress.accept(from + days.size());
        }
    }

    private void addRoster() {
        ctx.ledger().write(ADMIN, tx -> {
            for (SampleRoster.Person p : SampleRoster.people()) {
                StaffRepository.add(tx, p.login(), p.employeeNo(), p.name(), p.role(), p.team());
            }
            return null;
        });
        for (StaffMember s : ctx.ledger().read(StaffRepository::all)) {
            if (s.role() == Role.OPERATOR) {
                teams.computeIfAbsent(s.team(), k -> new ArrayList<>()).add(s);
            }
        }
    }

    /**
     * The received date of every case, in order: spread over the business days, with more in the busy months
     * (April appointments and allowances, June and December bonuses, 年末調整 from November to January).
     */
    private static List<LocalDate> arrivals(BusinessCalendar calendar, LocalDate first, LocalDate today, int total) {
        List<LocalDate> days = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        double sum = 0;
        for (LocalDate d = first; !d.isAfter(today); d = d.plusDays(1)) {
            if (calendar.isBusinessDay(d)) {
                double w = switch (d.getMonthValue()) {
                    case 4 -> 1.5;
                    case 6, 11, 12, 1 -> 1.2;
                    default -> 1.0;
                };
                days.add(d);
                weights.add(w);
                sum += w;
            }
        }
        List<LocalDate> result = new ArrayList<>(total);
        double carry = 0;
        for (int i = 0; i < days.size() && result.size() < total; i++) {
            carry += total * weights.get(i) / sum;
            while (carry >= 1 && result.size() < total) {
                result.add(days.get(i));
                carry -= 1;
            }
        }
        while (result.size() < total) {
            result.add(days.get(days.size() - 1));
        }
        return result;
    }
}
