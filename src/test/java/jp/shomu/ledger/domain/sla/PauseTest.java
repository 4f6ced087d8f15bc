package jp.shomu.ledger.domain.sla;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PauseTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 10);

    @ParameterizedTest(name = "{0}–{1} holds {2}: {3}")
    @CsvSource(textBlock = """
            2026-06-08, 2026-06-10, 2026-06-08, true
            2026-06-08, 2026-06-10, 2026-06-09, true
            2026-06-08, 2026-06-10, 2026-06-10, false
            2026-06-08, 2026-06-10, 2026-06-07, false
            2026-06-08, 2026-06-08, 2026-06-08, false
            # an open pause runs up to today, not including it
            2026-06-08,           , 2026-06-09, true
            2026-06-08,           , 2026-06-10, false
            """)
    void holdsTheDaysFromItsStartUpToButNotIncludingItsEnd(LocalDate from, LocalDate to, LocalDate day, boolean held) {
        assertEquals(held, new Pause(from, to).holds(day, TODAY));
    }

    @Test
    void cannotEndBeforeItStarts() {
        assertThrows(
                IllegalArgumentException.class, () -> new Pause(LocalDate.of(2026, 6, 10), LocalDate.of(2026, 6, 9)));
    }
}
