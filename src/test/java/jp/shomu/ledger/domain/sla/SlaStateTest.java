package jp.shomu.ledger.domain.sla;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SlaStateTest {
    private static final SlaDates DATES = new SlaDates(LocalDate.of(2026, 6, 10), LocalDate.of(2026, 6, 9));

    @ParameterizedTest(name = "today {0}, paused {1}, done {2} → {3}")
    @CsvSource(textBlock = """
            2026-06-05, false,           , ON_TRACK
            2026-06-09, false,           , WARNING
            # the due day itself is still in time
            2026-06-10, false,           , WARNING
            2026-06-11, false,           , OVERDUE
            2026-06-05, true,            , PAUSED
            2026-06-09, true,            , PAUSED
            # a pause does not hide a deadline already missed
            2026-06-11, true,            , OVERDUE
            2026-06-20, false, 2026-06-10, DONE_ON_TIME
            2026-06-20, false, 2026-06-11, DONE_LATE
            2026-06-05, true,  2026-06-04, DONE_ON_TIME
            """)
    void classifiesACaseAgainstItsDueDate(LocalDate today, boolean paused, LocalDate completedOn, SlaState expected) {
        assertEquals(expected, SlaState.classify(DATES, today, paused, completedOn));
    }
}
