package jp.shomu.ledger.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FairBusyWaitTest {
    private static long pauseAfterMillis(long millis) {
        return FairBusyWait.longestPauseMicros(millis * 1_000_000);
    }

    @Test
    void aBriefCollisionRetriesAtOnce() {
        assertEquals(2_000, pauseAfterMillis(0));
        assertEquals(2_000, pauseAfterMillis(49));
    }

    @Test
    void inAQueueTheLongerASaveHasWaitedTheMoreOftenItTries() {
        long previous = Long.MAX_VALUE;
        for (long waited = 50; waited <= 15_000; waited += 50) {
            long pause = pauseAfterMillis(waited);
            assertTrue(pause <= previous, "pause grew at " + waited + " ms");
            previous = pause;
        }
        assertEquals(16_000, pauseAfterMillis(100));
        assertEquals(4_000, pauseAfterMillis(900));
        assertEquals(2_000, pauseAfterMillis(3_000));
        assertEquals(1_000, pauseAfterMillis(10_000));
    }

    @Test
    void aNewcomerPausesFarLongerThanAnOldWaiterSoTheOldOneUsuallyWins() {
        assertTrue(pauseAfterMillis(100) >= 16 * pauseAfterMillis(5_000));
    }
}
