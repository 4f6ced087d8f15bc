package jp.shomu.ledger.service.people;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import jp.shomu.ledger.domain.cases.InvalidInputException;
import jp.shomu.ledger.domain.forecast.ServicePeriod;
import jp.shomu.ledger.domain.staff.Action;
import jp.shomu.ledger.domain.staff.Permissions;
import jp.shomu.ledger.domain.staff.StaffMember;
import jp.shomu.ledger.service.FieldInput;
import jp.shomu.ledger.service.LedgerContext;
import jp.shomu.ledger.store.people.StaffRecordsRepository;
import jp.shomu.ledger.store.people.StaffRecordsRepository.BadgeEvent;
import jp.shomu.ledger.store.people.StaffRecordsRepository.Training;
import jp.shomu.ledger.store.people.StaffTermsRepository;
import jp.shomu.ledger.store.people.StaffTermsRepository.Terms;
import jp.shomu.ledger.store.settings.StaffRepository;

/**
 * The roster as the 従事者名簿 the city receives (spec §12(3)): terms of service with effective dates, the
 * designation to handle 特定個人情報, training records and ID badges. Kept by a manager, like the roster; read by
 * anyone who may read cases.
 */
public final class PeopleRosterService {
    /** One person on the 従事者名簿 as of a day: the terms in force then (null if none yet), training and badge. */
    public record Entry(
            StaffMember staff,
            Terms terms,
            List<Training> trainings,
            Optional<BadgeEvent> lastBadgeEvent,
            boolean designatedHandler) {}

    private final LedgerContext ctx;

    public PeopleRosterService(LedgerContext ctx) {
        this.ctx = ctx;
    }

    /**
     * Saves the terms of {@code login} in force from {@code effectiveFrom} (may be in the future). {@code designated}
     * keeps an existing designation's date and designator, or designates from {@code effectiveFrom} by the actor.
     * {@code expectedVersion} is the version last read of the row for that day, null for a new one.
     */
    public long setTerms(
            StaffMember actor,
            String login,
            LocalDate effectiveFrom,
            LocalDate serviceFrom,
            LocalDate serviceTo,
            double hoursPerDay,
            int daysPerWeek,
            Set<String> taskTypes,
            boolean designated,
            Long expectedVersion) {
        Permissions.require(actor, Action.MANAGE_ROSTER);
        if (serviceTo != null && serviceTo.isBefore(serviceFrom)) {
            throw new InvalidInputException("従事期間の終わりが始まりより前です");
        }
        if (hoursPerDay <= 0 || hoursPerDay > 12 || daysPerWeek < 1 || daysPerWeek > 5) {
            throw new InvalidInputException("契約時間は1日0を超え12時間以下、週1〜5日で指定してください");
        }
        for (String code : taskTypes) {
            if (ctx.catalog().taskType(code).isEmpty()) {
                throw new InvalidInputException("中区分「" + code + "」は業務カタログにありません");
            }
        }
        return ctx.ledger().write(actor.login(), tx -> {
            StaffMember target = StaffRepository.byLogin(tx.connection(), login)
                    .orElseThrow(() -> new InvalidInputException("ログイン名「" + login + "」は名簿にありません"));
            Terms previous = inForce(StaffTermsRepository.all(tx.connection()), target.id(), effectiveFrom);
            LocalDate since = null;
            String by = null;
            if (designated) {
                boolean kept = previous != null && previous.myNumberSince() != null;
                since = kept ? previous.myNumberSince() : effectiveFrom;
                by = kept ? previous.myNumberBy() : actor.login();
            }
            ServicePeriod p = new ServicePeriod(
                    target.id(),
                    effectiveFrom,
                    serviceFrom,
                    serviceTo,
                    hoursPerDay,
                    daysPerWeek,
                    taskTypes.stream()
                            .map(c -> ctx.catalog().taskType(c).orElseThrow().code())
                            .collect(java.util.stream.Collectors.toSet()));
            return StaffTermsRepository.save(tx, p, since, by, expectedVersion);
        });
    }

    public void addTraining(StaffMember actor, String login, String course, LocalDate takenOn) {
        Permissions.require(actor, Action.MANAGE_ROSTER);
        FieldInput.requireText("研修名", course);
        if (course.isBlank()) {
            throw new InvalidInputException("研修名を入力してください");
        }
        ctx.ledger()
                .write(
                        actor.login(),
                        tx -> StaffRecordsRepository.addTraining(
                                tx, staffId(tx.connection(), login), course.strip(), takenOn));
    }

    /** ISSUED, RETURNED or LOST; a lost badge needs the day the loss was reported. */
    public void badge(
            StaffMember actor, String login, String badgeNo, String event, LocalDate on, LocalDate reportedOn) {
        Permissions.require(actor, Action.MANAGE_ROSTER);
        if (!Set.of("ISSUED", "RETURNED", "LOST").contains(event)) {
            throw new InvalidInputException("身分証の記録は ISSUED(交付)・RETURNED(返却)・LOST(紛失)のいずれかです");
        }
        if (event.equals("LOST") && reportedOn == null) {
            throw new InvalidInputException("紛失には届出日が必要です");
        }
        if (badgeNo == null || badgeNo.isBlank()) {
            throw new InvalidInputException("身分証の番号を入力してください");
        }
        ctx.ledger()
                .write(
                        actor.login(),
                        tx -> StaffRecordsRepository.addBadgeEvent(
                                tx,
                                new BadgeEvent(
                                        staffId(tx.connection(), login),
                                        badgeNo.strip(),
                                        event,
                                        on,
                                        event.equals("LOST") ? reportedOn : null)));
    }

    /** Everyone on the roster, with the terms in force on {@code asOf}. */
    public List<Entry> roster(StaffMember actor, LocalDate asOf) {
        Permissions.require(actor, Action.READ_CASES);
        return ctx.ledger().read(c -> {
            List<Terms> terms = StaffTermsRepository.all(c);
            List<Training> trainings = StaffRecordsRepository.trainings(c);
            List<BadgeEvent> badges = StaffRecordsRepository.badgeEvents(c);
            List<Entry> result = new ArrayList<>();
            for (StaffMember s : StaffRepository.all(c)) {
                Terms t = inForce(terms, s.id(), asOf);
                result.add(new Entry(
                        s,
                        t,
                        trainings.stream().filter(x -> x.staffId() == s.id()).toList(),
                        badges.stream()
                                .filter(b -> b.staffId() == s.id() && !b.on().isAfter(asOf))
                                .reduce((a, b) -> b),
                        t != null
                                && t.myNumberSince() != null
                                && !t.myNumberSince().isAfter(asOf)
                                && t.period().inService(asOf)
                                && s.active()));
            }
            result.sort(Comparator.comparing((Entry e) -> e.staff().employeeNo()));
            return result;
        });
    }

    /** The terms of one person in force on {@code asOf}, if any (the desk reads the task types a leader keeps). */
    public Optional<Terms> termsOf(StaffMember person, LocalDate asOf) {
        return Optional.ofNullable(inForce(ctx.ledger().read(StaffTermsRepository::all), person.id(), asOf));
    }

    /** The roster on {@code asOf} as a screen shows it. */
    public List<RosterLine> lines(StaffMember actor, LocalDate asOf) {
        return roster(actor, asOf).stream().map(RosterLine::of).toList();
    }

    /** The designated 特定個人情報 handlers on {@code asOf}. */
    public List<Entry> handlers(StaffMember actor, LocalDate asOf) {
        return roster(actor, asOf).stream().filter(Entry::designatedHandler).toList();
    }

    /** The version of one person's terms in force on a day, or null. */
    static Terms inForce(List<Terms> all, long staffId, LocalDate day) {
        Terms found = null;
        for (Terms t : all) {
            if (t.period().staffId() == staffId && !t.period().effectiveFrom().isAfter(day)) {
                if (found == null
                        || t.period().effectiveFrom().isAfter(found.period().effectiveFrom())) {
                    found = t;
                }
            }
        }
        return found;
    }

    private static long staffId(java.sql.Connection c, String login) throws java.sql.SQLException {
        return StaffRepository.byLogin(c, login)
                .orElseThrow(() -> new InvalidInputException("ログイン名「" + login + "」は名簿にありません"))
                .id();
    }
}
