package jp.shomu.ledger.service.settings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import jp.shomu.ledger.domain.calendar.BusinessCalendar;
import jp.shomu.ledger.domain.calendar.Holiday;
import jp.shomu.ledger.domain.calendar.HolidayOverride;
import jp.shomu.ledger.domain.staff.Action;
import jp.shomu.ledger.domain.staff.Permissions;
import jp.shomu.ledger.domain.staff.StaffMember;
import jp.shomu.ledger.service.FieldInput;
import jp.shomu.ledger.service.LedgerContext;
import jp.shomu.ledger.store.settings.HolidayOverrideRepository;

/**
 * Keeps the ledger's calendar equal to the Cabinet Office's published list: for each year the list covers,
 * the days where it differs from the rules of the law are stored as overrides.
 */
public final class CalendarService {
    private static final int FIRST_YEAR = 2000;
    private static final int LAST_YEAR = 2099;

    private final LedgerContext ctx;

    public CalendarService(LedgerContext ctx) {
        this.ctx = ctx;
    }

    public record Result(Set<Integer> years, int overrides) {}

    public Result importOfficialList(StaffMember actor, List<Holiday> official, String source) {
        Permissions.require(actor, Action.MANAGE_CALENDAR);
        official.forEach(h -> FieldInput.requireText(h.date() + " の祝日名", h.name()));
        Map<Integer, List<Holiday>> byYear = new TreeMap<>();
        for (Holiday h : official) {
            int y = h.date().getYear();
            if (y >= FIRST_YEAR && y <= LAST_YEAR) {
                byYear.computeIfAbsent(y, k -> new ArrayList<>()).add(h);
            }
        }
        BusinessCalendar rules = BusinessCalendar.standard();
        List<HolidayOverride> overrides = new ArrayList<>();
        byYear.forEach((year, list) -> overrides.addAll(differences(rules.nationalHolidays(year), list)));
        ctx.ledger().write(actor.login(), tx -> {
            HolidayOverrideRepository.replaceYears(tx, byYear.keySet(), overrides, source);
            return null;
        });
        ctx.reloadCalendar();
        return new Result(new TreeSet<>(byYear.keySet()), overrides.size());
    }

    /**
     * One day's override by hand: a day the city closes or opens against the law's rules ({@code kind}), or the
     * day back to the rules when {@code kind} is null. The open cases' due dates follow only once a leader applies
     * {@code DueDateRecompute} (previewed first).
     */
    public void setOverride(StaffMember actor, LocalDate day, String name, HolidayOverride.Kind kind) {
        Permissions.require(actor, Action.MANAGE_CALENDAR);
        FieldInput.requireText("祝日名", name);
        if (day.getYear() < FIRST_YEAR || day.getYear() > LAST_YEAR) {
            throw new jp.shomu.ledger.domain.cases.InvalidInputException("2000〜2099年の日付を指定してください: " + day);
        }
        HolidayOverride o;
        try {
            o = kind == null ? null : new HolidayOverride(day, name, kind);
        } catch (IllegalArgumentException e) {
            throw new jp.shomu.ledger.domain.cases.InvalidInputException(e.getMessage());
        }
        ctx.ledger().write(actor.login(), tx -> {
            HolidayOverrideRepository.put(tx, day, o, "手入力");
            return null;
        });
        ctx.reloadCalendar();
    }

    /** The overrides now in the ledger, by day. */
    public List<HolidayOverride> overrides(StaffMember actor) {
        Permissions.require(actor, Action.READ_CASES);
        return ctx.ledger().read(HolidayOverrideRepository::all);
    }

    /**
     * One day of a year's holiday list as the calendar now has it.
     *
     * @param override how an override changed the law's rule on this day (added or made a business day); null for
     *     a holiday by the rules alone
     */
    public record HolidayLine(LocalDate date, String name, HolidayOverride.Kind override) {}

    /** The year's holidays after overrides, with the days an override made business days, by date. */
    public List<HolidayLine> year(StaffMember actor, int year) {
        Map<LocalDate, HolidayOverride> overridden = new TreeMap<>();
        overrides(actor).stream().filter(o -> o.date().getYear() == year).forEach(o -> overridden.put(o.date(), o));
        List<HolidayLine> lines = new ArrayList<>();
        for (Holiday h : ctx.calendar().nationalHolidays(year)) {
            HolidayOverride o = overridden.get(h.date());
            lines.add(new HolidayLine(h.date(), h.name(), o == null ? null : o.kind()));
        }
        overridden.values().stream()
                .filter(o -> o.kind() == HolidayOverride.Kind.REMOVE_HOLIDAY)
                .forEach(o -> lines.add(new HolidayLine(o.date(), o.name(), o.kind())));
        lines.sort(java.util.Comparator.comparing(HolidayLine::date));
        return lines;
    }

    static List<HolidayOverride> differences(List<Holiday> byRule, List<Holiday> official) {
        Map<LocalDate, String> rule = new TreeMap<>();
        byRule.forEach(h -> rule.put(h.date(), h.name()));
        Map<LocalDate, String> listed = new TreeMap<>();
        official.forEach(h -> listed.put(h.date(), h.name()));
        List<HolidayOverride> result = new ArrayList<>();
        listed.forEach((day, name) -> {
            if (!name.equals(rule.get(day))) {
                result.add(new HolidayOverride(day, name, HolidayOverride.Kind.ADD_HOLIDAY));
            }
        });
        rule.forEach((day, name) -> {
            if (!listed.containsKey(day)) {
                result.add(new HolidayOverride(day, name, HolidayOverride.Kind.REMOVE_HOLIDAY));
            }
        });
        return result;
    }
}
