package jp.shomu.ledger.testing;

import static jp.shomu.ledger.testing.OctoberFacts.CASES;
import static jp.shomu.ledger.testing.OctoberFacts.LAST;
import static jp.shomu.ledger.testing.OctoberFacts.REVIEWS;
import static jp.shomu.ledger.testing.OctoberFacts.TIME;
import static jp.shomu.ledger.testing.OctoberFacts.inMonth;

import java.util.function.Predicate;
import jp.shomu.ledger.domain.kpi.Figure;
import jp.shomu.ledger.testing.OctoberFacts.Case;

/**
 * Each figure of the October report computed straight from {@link OctoberFacts} with the definitions of
 * docs/REPORTS.md, in plain Java — no SQL, no service code — for one task type, or all when {@code type} is null.
 */
public final class OctoberExpected {
    private OctoberExpected() {}

    public static long figure(Figure f, String type) {
        Predicate<String> ofType = t -> type == null || type.equals(t);
        return switch (f) {
            case RECEIVED -> cases(ofType, c -> inMonth(c.received()));
            case COMPLETED -> cases(ofType, c -> inMonth(c.completed()));
            case COMPLETED_WITH_DUE -> cases(ofType, c -> inMonth(c.completed()) && c.due() != null);
            case ON_TIME ->
                cases(
                        ofType,
                        c -> inMonth(c.completed())
                                && c.due() != null
                                && !c.centreDone().isAfter(c.due()));
            case COMPLETED_LATE ->
                cases(
                        ofType,
                        c -> inMonth(c.completed())
                                && c.due() != null
                                && c.centreDone().isAfter(c.due()));
            case COMPLETED_NO_DUE -> cases(ofType, c -> inMonth(c.completed()) && c.due() == null);
            case WITHDRAWN -> cases(ofType, c -> inMonth(c.withdrawn()));
            case OPEN_AT_MONTH_END -> cases(ofType, OctoberExpected::openAtMonthEnd);
            case OPEN_OVERDUE ->
                cases(ofType, c -> openAtMonthEnd(c) && centreNotDone(c) && c.due() != null && LAST.isAfter(c.due()));
            case OPEN_NO_DUE -> cases(ofType, c -> openAtMonthEnd(c) && centreNotDone(c) && c.due() == null);
            case MINUTES_LOGGED ->
                TIME.stream()
                        .filter(t -> ofType.test(t.type()) && inMonth(t.day()))
                        .mapToLong(OctoberFacts.Time::minutes)
                        .sum();
            case COMPLETED_MINUTES ->
                TIME.stream()
                        .filter(t -> ofType.test(t.type())
                                && CASES.stream().anyMatch(c -> c.name().equals(t.name()) && inMonth(c.completed())))
                        .mapToLong(OctoberFacts.Time::minutes)
                        .sum();
            case COMPLETED_WITH_ERROR ->
                cases(
                        ofType,
                        c -> inMonth(c.completed())
                                && REVIEWS.stream()
                                        .anyMatch(r -> r.name().equals(c.name())
                                                && inMonth(r.day())
                                                && r.outcome().equals("POST_COMPLETION_ERROR")));
            case STANDARD_MINUTES ->
                CASES.stream()
                        .filter(c -> ofType.test(c.type()) && inMonth(c.completed()))
                        .mapToLong(c -> OctoberFacts.STANDARD_MINUTES.get(c.type()))
                        .sum();
            case APPROVALS -> reviews(ofType, "APPROVED");
            case SEND_BACKS -> reviews(ofType, "SENT_BACK");
            case ERRORS_AFTER_COMPLETION -> reviews(ofType, "POST_COMPLETION_ERROR");
            case ERROR_CASES ->
                REVIEWS.stream()
                        .filter(r -> ofType.test(r.type())
                                && inMonth(r.day())
                                && r.outcome().equals("POST_COMPLETION_ERROR"))
                        .map(OctoberFacts.Review::name)
                        .distinct()
                        .count();
            case DOUBLE_CHECKED ->
                cases(
                        ofType,
                        c -> inMonth(c.completed())
                                && REVIEWS.stream()
                                        .anyMatch(r -> r.name().equals(c.name())
                                                && r.outcome().equals("APPROVED")));
        };
    }

    public static boolean openAtMonthEnd(Case c) {
        return !c.received().isAfter(LAST)
                && (c.completed() == null || c.completed().isAfter(LAST))
                && (c.withdrawn() == null || c.withdrawn().isAfter(LAST));
    }

    private static boolean centreNotDone(Case c) {
        return c.centreDone() == null || c.centreDone().isAfter(LAST);
    }

    private static long cases(Predicate<String> ofType, Predicate<Case> p) {
        return CASES.stream().filter(c -> ofType.test(c.type())).filter(p).count();
    }

    private static long reviews(Predicate<String> ofType, String outcome) {
        return REVIEWS.stream()
                .filter(r ->
                        ofType.test(r.type()) && inMonth(r.day()) && r.outcome().equals(outcome))
                .count();
    }
}
