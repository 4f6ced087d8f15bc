package jp.shomu.ledger.service.assignment;

import java.time.LocalDate;
import java.util.List;

/**
 * An absent operator's open cases spread over others, as previewed before it is applied: each move names the
 * version the case had when planned, so applying it later refuses a case changed since (a conflict, nothing moved).
 *
 * @param from   the absent person
 * @param moves  one line per case, most urgent first
 * @param loads  each receiving person's open work before and after, in standard minutes
 */
public record CoverPlan(Person from, List<Move> moves, List<Load> loads) {
    public CoverPlan {
        moves = List.copyOf(moves);
        loads = List.copyOf(loads);
    }

    /** A person as the plan shows them. */
    public record Person(long id, String login, String name) {}

    /** One case to move. */
    public record Move(
            long caseId,
            String typeCode,
            String subject,
            LocalDate dueOn,
            long version,
            int standardMinutes,
            Person from,
            Person to) {}

    /** A receiving person's open work in standard minutes, before and after the plan. */
    public record Load(Person person, int casesBefore, int minutesBefore, int casesAfter, int minutesAfter) {}

    public boolean isEmpty() {
        return moves.isEmpty();
    }
}
