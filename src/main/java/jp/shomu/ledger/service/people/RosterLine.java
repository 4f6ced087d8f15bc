package jp.shomu.ledger.service.people;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import jp.shomu.ledger.domain.staff.StaffMember;

/**
 * One person of the 従事者名簿 as a screen shows it, in plain values: the roster row, the terms in force (null
 * fields while none are entered), training, the last badge event, and whether they are designated for 特定個人情報
 * without any training on record (spec 特定個人情報 §6 asks that everyone handling it is trained).
 */
public record RosterLine(
        StaffMember staff,
        LocalDate effectiveFrom,
        LocalDate serviceFrom,
        LocalDate serviceTo,
        Double hoursPerDay,
        Integer daysPerWeek,
        Set<String> taskTypes,
        LocalDate designatedSince,
        String designatedBy,
        Long termsVersion,
        List<String> trainings,
        String lastBadge,
        boolean designatedHandler) {

    static RosterLine of(PeopleRosterService.Entry e) {
        var t = e.terms();
        var p = t == null ? null : t.period();
        return new RosterLine(
                e.staff(),
                p == null ? null : p.effectiveFrom(),
                p == null ? null : p.serviceFrom(),
                p == null ? null : p.serviceTo(),
                p == null ? null : p.hoursPerDay(),
                p == null ? null : p.daysPerWeek(),
                p == null ? Set.of() : new TreeSet<>(p.taskTypes()),
                t == null ? null : t.myNumberSince(),
                t == null ? null : t.myNumberBy(),
                t == null ? null : t.version(),
                e.trainings().stream().map(x -> x.course() + " " + x.takenOn()).toList(),
                e.lastBadgeEvent()
                        .map(b -> b.badgeNo() + " " + BADGE_LABELS.getOrDefault(b.event(), b.event()) + " " + b.on()
                                + (b.reportedOn() == null ? "" : "(届出 " + b.reportedOn() + ")"))
                        .orElse(""),
                e.designatedHandler());
    }

    private static final java.util.Map<String, String> BADGE_LABELS =
            java.util.Map.of("ISSUED", "交付", "RETURNED", "返却", "LOST", "紛失");

    /** Designated to handle 特定個人情報 (now or from a day to come) with no training on record. */
    public boolean untrainedHandler() {
        return designatedSince != null && trainings.isEmpty() && staff.active();
    }
}
