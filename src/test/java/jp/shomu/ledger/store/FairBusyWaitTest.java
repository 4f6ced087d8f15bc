package jp.shomu.ledger.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FairBusyWaitTest {
    private static long pauseAfterMillis(long millis) {
        return FairBusyWait.longestPauseMicros(millis * 1_000_000);
    }

    @Test
    void theLongerASaveHasWaitedTheMoreOftenItTries() {
        long previous = Long.MAX_VALUE;
        for (long waited = 0; waited <= 15_000; waited += 50) {
            long pause = pauseAfterMillis(waited);
            assertTrue(pause <= previous, "pause grew at " + waited + " ms");
            previous = pause;
        }
        assertEquals(32_000, pauseAfterMillis(0));
        assertEquals(16_000, pauseAfterMillis(300));
        assertEquals(4_000, pauseAfterMillis(1_500));
        assertEquals(2_000, pauseAfterMillis(3_000));
        assertEquals(1_000, pauseAfterMillis(10_000));
    }

    @Test
    void aNewcomerPausesFarLongerThanAnOldWaiterSoTheOldOneUsuallyWins() {
        assertTrue(pauseAfterMillis(0) >= 16 * pauseAfterMillis(5_000));
    }
}
