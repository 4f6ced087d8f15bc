package jp.shomu.ledger.service.seasonal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.shomu.ledger.domain.cases.InvalidInputException;
import jp.shomu.ledger.domain.catalog.Catalog;
import jp.shomu.ledger.domain.catalog.RecurringWork;
import jp.shomu.ledger.domain.catalog.TaskType;
import jp.shomu.ledger.domain.seasonal.SeasonalAction;
import jp.shomu.ledger.domain.seasonal.SeasonalItem;
import jp.shomu.ledger.domain.seasonal.SeasonalOccurrence;
import jp.shomu.ledger.domain.seasonal.SeasonalSetup;
import jp.shomu.ledger.domain.staff.Action;
import jp.shomu.ledger.domain.staff.Permissions;
import jp.shomu.ledger.domain.staff.StaffMember;
import jp.shomu.ledger.service.FieldInput;
import jp.shomu.ledger.service.LedgerContext;
import jp.shomu.ledger.service.cases.CaseService;
import jp.shomu.ledger.store.seasonal.SeasonalRepository;
import jp.shomu.ledger.store.settings.StaffRepository;

/**
 * The seasonal work calendar (issue 17 §3): a leader sets up each recurring item; on its day a run leaves the
 * reminder or registers the batch of cases once, whichever PC runs it and however often; the desk shows what comes
 * next. Setting up and running are for 業務責任者 and 管理責任者 (those who assign work).
 */
public final class SeasonalService {
    /** One recurring item: its setup (the defaults while none is saved) and its next day from today. */
    public record Line(SeasonalItem item, SeasonalSetup setup, boolean saved, LocalDate next) {}

    /** What a run did with one occurrence: created now, or found already done by an earlier or parallel run. */
    public record Outcome(SeasonalOccurrence occurrence, boolean createdNow, int cases, String message) {}

    /** A coming or just-run occurrence for the desk. */
    public record Upcoming(SeasonalOccurrence occurrence, boolean done) {}

    private static final int LONGEST_SUBJECT = 150;

    private final LedgerContext ctx;

    public SeasonalService(LedgerContext ctx) {
        this.ctx = ctx;
    }

    public List<Line> items(StaffMember actor, LocalDate today) {
        Permissions.require(actor, Action.READ_CASES);
        Map<String, SeasonalSetup> saved = savedSetups();
        List<Line> result = new ArrayList<>();
        for (SeasonalItem item :
                ctx.catalog().seasonal().stream().map(SeasonalItem::of).toList()) {
            SeasonalSetup s = saved.getOrDefault(item.key(), SeasonalSetup.defaults(item, today));
            LocalDate next = s.occurrences(item, ctx.calendar(), today, today.plusYears(1)).stream()
                    .map(SeasonalOccurrence::day)
                    .findFirst()
                    .orElse(null);
            result.add(new Line(item, s, saved.containsKey(item.key()), next));
        }
        return result;
    }

    /**
     * Saves a setup last read at {@code setup.version()} (0 for an item not set up yet) and returns its new version.
     */
    public long set(StaffMember actor, SeasonalSetup setup) {
        Permissions.require(actor, Action.ASSIGN);
        SeasonalItem item = item(setup.itemKey());
        FieldInput.requireText("件名", setup.subject());
        if (setup.subject().strip().length() > LONGEST_SUBJECT) {
            throw new InvalidInputException("件名は" + LONGEST_SUBJECT + "文字以内にしてください");
        }
        if (ctx.catalog().taskType(item.typeCode()).isEmpty()) {
            throw new InvalidInputException("中区分「" + item.typeCode() + "」が業務カタログにありません");
        }
        SeasonalSetup clean = new SeasonalSetup(
                item.key(),
                setup.action(),
                setup.subject().strip(),
                setup.count(),
                setup.assignee(),
                setup.rule(),
                setup.startsOn(),
                setup.enabled(),
                setup.version());
        return ctx.ledger().write(actor.login(), tx -> {
            Long assigneeId = null;
            if (clean.assignee() != null && !clean.assignee().isBlank()) {
                StaffMember who = StaffRepository.byLogin(
                                tx.connection(), clean.assignee().strip())
                        .filter(s -> Permissions.allows(s, Action.EDIT_CASE))
                        .orElseThrow(
                                () -> new InvalidInputException("担当者「" + clean.assignee() + "」は名簿にないか、案件を処理できない人です"));
                assigneeId = who.id();
            }
            return SeasonalRepository.save(tx, clean, assigneeId);
        });
    }

    /**
     * Runs every occurrence due by {@code today} (from each setup's first day) that has not run yet. Each occurrence
     * is one short write transaction that first claims the (item, month) row: a run on another PC at the same moment
     * finds the row taken and creates nothing.
     */
    public List<Outcome> run(StaffMember actor, LocalDate today) {
        Permissions.require(actor, Action.ASSIGN);
        List<SeasonalOccurrence> pending = new ArrayList<>();
        Set<String> done = new HashSet<>();
        List<SeasonalSetup> setups = ctx.ledger().read(SeasonalRepository::setups);
        LocalDate earliest = setups.stream()
                .map(SeasonalSetup::startsOn)
                .min(LocalDate::compareTo)
                .orElse(today);
        ctx.ledger()
                .read(c -> SeasonalRepository.runs(c, earliest, today))
                .forEach(r -> done.add(r.itemKey() + "/" + r.month()));
        for (SeasonalSetup s : setups) {
            for (SeasonalItem item : inForce(s)) {
                s.occurrences(item, ctx.calendar(), earliest, today).stream()
                        .filter(o -> !done.contains(item.key() + "/" + o.key()))
                        .forEach(pending::add);
            }
        }
        List<Outcome> result = new ArrayList<>();
        for (SeasonalOccurrence o : pending) {
            result.add(runOne(actor, o));
        }
        return result;
    }

    private Outcome runOne(StaffMember actor, SeasonalOccurrence o) {
        Catalog catalog = ctx.catalog();
        TaskType type = catalog.taskType(o.item().typeCode()).orElseThrow();
        String message = o.subject(1);
        return ctx.ledger().write(actor.login(), tx -> {
            if (!SeasonalRepository.claim(tx, o, message)) {
                return new Outcome(o, false, 0, message);
            }
            Long first = null;
            Long last = null;
            int n = 0;
            if (o.setup().action() == SeasonalAction.CASES) {
                Long assignee = o.setup().assignee() == null
                        ? null
                        : StaffRepository.byLogin(tx.connection(), o.setup().assignee())
                                .map(StaffMember::id)
                                .orElse(null);
                CaseService cases = new CaseService(ctx);
                for (n = 1; n <= o.setup().count(); n++) {
                    long id = cases.create(tx, actor, catalog.version(), type, o.subject(n), Map.of(), assignee);
                    first = first == null ? id : first;
                    last = id;
                }
                n = o.setup().count();
            }
            SeasonalRepository.finish(tx, o, n, first, last);
            return new Outcome(o, true, n, message);
        });
    }

    /**
     * What comes in the next {@code days} days (and today), enabled setups only, soonest first, each marked done once
     * it has run.
     */
    public List<Upcoming> upcoming(StaffMember actor, LocalDate today, int days) {
        Permissions.require(actor, Action.READ_CASES);
        LocalDate last = today.plusDays(days);
        Set<String> done = ctx.ledger().read(c -> SeasonalRepository.runs(c, today, last)).stream()
                .map(r -> r.itemKey() + "/" + r.month())
                .collect(Collectors.toSet());
        List<Upcoming> result = new ArrayList<>();
        for (SeasonalSetup s : savedSetups().values()) {
            for (SeasonalItem item : inForce(s)) {
                s.occurrences(item, ctx.calendar(), today, last)
                        .forEach(o -> result.add(new Upcoming(o, done.contains(item.key() + "/" + o.key()))));
            }
        }
        result.sort(
                java.util.Comparator.comparing((Upcoming u) -> u.occurrence().day())
                        .thenComparing(u -> u.occurrence().item().key()));
        return result;
    }

    /** The recurring item of the catalog in force with this key. */
    private SeasonalItem item(String key) {
        Catalog catalog = ctx.catalog();
        return catalog.seasonalItem(key)
                .map(SeasonalItem::of)
                .orElseThrow(() -> new InvalidInputException("繰り返しの業務「" + key + "」はありません。使えるもの: "
                        + String.join(
                                ", ",
                                catalog.seasonal().stream()
                                        .map(RecurringWork::key)
                                        .toList())));
    }

    /**
     * The item of an enabled setup, or nothing: a setup whose item a later catalog version dropped stays in the
     * ledger but no longer runs.
     */
    private List<SeasonalItem> inForce(SeasonalSetup s) {
        return s.enabled()
                ? ctx.catalog().seasonalItem(s.itemKey()).map(SeasonalItem::of).stream()
                        .toList()
                : List.of();
    }

    private Map<String, SeasonalSetup> savedSetups() {
        return ctx.ledger().read(SeasonalRepository::setups).stream()
                .collect(Collectors.toMap(SeasonalSetup::itemKey, Function.identity()));
    }
}
