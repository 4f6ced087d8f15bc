package jp.shomu.ledger.testing;

import static java.time.LocalDate.of;

import java.time.LocalDate;
import java.util.List;

/**
 * What {@link OctoberMonth} did, written down by hand — dates counted on the calendar, not by the app — so tests can
 * compute every figure of the October report independently of the code under test.
 */
public final class OctoberFacts {
    /** A case as it stands when the report is made; due dates are as of month end. */
    public record Case(
            String name,
            String type,
            LocalDate received,
            LocalDate due,
            LocalDate centreDone,
            LocalDate completed,
            LocalDate withdrawn) {}

    /** One double check (or error found after completion), dated in Japan time. */
    public record Review(
            String name, String type, LocalDate day, String maker, String outcome, List<String> categories) {}

    public record Time(String name, String type, LocalDate day, int minutes) {}

    public static final LocalDate FIRST = of(2026, 10, 1);
    public static final LocalDate LAST = of(2026, 10, 31);

    public static final List<Case> CASES = List.of(
            new Case("K1", "3-4", of(2026, 10, 1), of(2026, 10, 8), of(2026, 10, 7), of(2026, 10, 7), null),
            new Case("K2", "3-4", of(2026, 10, 2), of(2026, 10, 9), of(2026, 10, 14), of(2026, 10, 14), null),
            new Case("K3", "3-4", of(2026, 10, 5), of(2026, 10, 19), of(2026, 10, 15), of(2026, 10, 15), null),
            new Case("K4", "3-4", of(2026, 9, 28), of(2026, 10, 5), of(2026, 10, 2), of(2026, 10, 2), null),
            new Case("K5", "3-4", of(2026, 10, 27), of(2026, 11, 4), of(2026, 11, 4), of(2026, 11, 4), null),
            new Case("K6", "3-4", of(2026, 10, 1), of(2026, 10, 8), null, null, null),
            new Case("K7", "3-4", of(2026, 10, 5), of(2026, 10, 13), null, null, of(2026, 10, 9)),
            new Case("K8", "3-4", of(2026, 9, 15), of(2026, 9, 25), null, null, of(2026, 9, 20)),
            new Case("K9", "3-4", of(2026, 9, 1), of(2026, 9, 8), of(2026, 10, 22), of(2026, 10, 22), null),
            new Case("K10", "2-2", of(2026, 10, 26), of(2026, 10, 29), of(2026, 10, 28), of(2026, 11, 5), null),
            new Case("K11", "2-2", of(2026, 10, 13), of(2026, 10, 16), of(2026, 10, 15), of(2026, 10, 21), null),
            new Case("K12", "3-3", of(2026, 10, 20), null, null, null, null),
            new Case("K13", "3-4", of(2026, 10, 29), of(2026, 11, 6), null, null, null),
            new Case("K14", "3-4", of(2026, 11, 2), of(2026, 11, 10), null, null, null),
            new Case("K15", "3-4", of(2026, 10, 1), of(2026, 10, 8), null, null, null),
            new Case("K16", "3-4", of(2026, 10, 26), of(2026, 11, 2), of(2026, 11, 1), of(2026, 11, 1), null),
            new Case("K17", "3-4", of(2026, 10, 28), of(2026, 11, 5), null, null, of(2026, 11, 2)));

    public static final List<Review> REVIEWS = List.of(
            new Review("K9", "3-4", of(2026, 9, 3), "op-a", "APPROVED", List.of()),
            new Review("K4", "3-4", of(2026, 10, 2), "op-a", "APPROVED", List.of()),
            new Review("K1", "3-4", of(2026, 10, 7), "op-a", "APPROVED", List.of()),
            new Review("K2", "3-4", of(2026, 10, 8), "op-a", "SENT_BACK", List.of("INPUT", "CALCULATION")),
            new Review("K2", "3-4", of(2026, 10, 14), "op-a", "APPROVED", List.of()),
            new Review("K11", "2-2", of(2026, 10, 14), "op-b", "SENT_BACK", List.of("RULE")),
            new Review("K3", "3-4", of(2026, 10, 15), "op-a", "APPROVED", List.of()),
            new Review("K11", "2-2", of(2026, 10, 15), "op-b", "APPROVED", List.of()),
            new Review("K9", "3-4", of(2026, 10, 20), "op-a", "POST_COMPLETION_ERROR", List.of("OMISSION")),
            new Review("K9", "3-4", of(2026, 10, 22), "op-a", "APPROVED", List.of()),
            new Review("K10", "2-2", of(2026, 10, 28), "op-b", "APPROVED", List.of()),
            new Review("K16", "3-4", of(2026, 10, 31), "op-a", "SENT_BACK", List.of("DEADLINE")),
            new Review("K16", "3-4", of(2026, 11, 1), "op-a", "APPROVED", List.of()),
            new Review("K5", "3-4", of(2026, 11, 4), "op-a", "APPROVED", List.of()));

    public static final List<Time> TIME = List.of(
            new Time("K1", "3-4", of(2026, 10, 5), 30),
            new Time("K1", "3-4", of(2026, 10, 7), 10),
            new Time("K2", "3-4", of(2026, 9, 30), 15),
            new Time("K2", "3-4", of(2026, 10, 6), 40),
            new Time("K2", "3-4", of(2026, 10, 13), 20),
            new Time("K11", "2-2", of(2026, 10, 14), 50),
            new Time("K5", "3-4", of(2026, 11, 2), 25));

    /** Standard minutes per case of the bundled catalog (docs/CATALOG.md). */
    public static final java.util.Map<String, Integer> STANDARD_MINUTES =
            java.util.Map.of("3-4", 15, "2-2", 66, "3-3", 20);

    private OctoberFacts() {}

    public static boolean inMonth(LocalDate d) {
        return d != null && !d.isBefore(FIRST) && !d.isAfter(LAST);
    }
}
