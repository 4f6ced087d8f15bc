package jp.shomu.ledger.domain.centre;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class IncidentTest {
    private static Incident of(IncidentKind kind, boolean personal, LocalDateTime reported) {
        return new Incident(
                1,
                kind,
                LocalDateTime.of(2027, 5, 10, 9, 30),
                "見本の事案",
                "",
                List.of(),
                List.of(),
                reported,
                "",
                null,
                "",
                "",
                IncidentStatus.OPEN,
                personal,
                "leader",
                1);
    }

    @Test
    void aPersonalInformationIncidentIsFlaggedUntilReported() {
        assertTrue(of(IncidentKind.PERSONAL_INFORMATION, false, null).flagged());
        assertFalse(of(IncidentKind.PERSONAL_INFORMATION, false, LocalDateTime.of(2027, 5, 10, 10, 0))
                .flagged());
        assertTrue(of(IncidentKind.EQUIPMENT, true, null).flagged(), "a lost device holding personal data");
        assertFalse(of(IncidentKind.POWER_OUTAGE, false, null).flagged());
    }

    @Test
    void theReportDelayIsCountedFromTheOccurrence() {
        Incident i = of(IncidentKind.NETWORK, false, LocalDateTime.of(2027, 5, 11, 11, 45));
        assertEquals(Duration.ofMinutes(26 * 60 + 15), i.reportDelay().orElseThrow());
        assertEquals("1日2時間15分", Incident.formatDelay(i.reportDelay().orElseThrow()));
        assertEquals("0分", Incident.formatDelay(Duration.ZERO));
        assertTrue(of(IncidentKind.NETWORK, false, null).reportDelay().isEmpty());
    }
}
