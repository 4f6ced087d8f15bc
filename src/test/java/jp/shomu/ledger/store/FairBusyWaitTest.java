package jp.shomu.ledger.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FairBusyWaitTest {
    private static long pauseAfterMillis(long millis) {
        return FairBusyWait.longestPauseMicros(millis * 1_000_000, false);
    }

    @Test
    void aBriefCollisionRetriesAtOnce() {
        assertEquals(2_000, pauseAfterMillis(0));
        assertEquals(2_000, pauseAfterMillis(49));
    }

    @Test
    void onceSavesQueueANewcomerStepsBackAtOnce() {
        assertEquals(16_000, FairBusyWait.longestPauseMicros(0, true));
        assertEquals(4_000, FairBusyWait.longestPauseMicros(2_000_000_000L, true));
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
        assertEquals(8_000, pauseAfterMillis(300));
        assertEquals(4_000, pauseAfterMillis(900));
        assertEquals(4_000, pauseAfterMillis(4_900));
        assertEquals(2_000, pauseAfterMillis(6_000));
        assertEquals(1_000, pauseAfterMillis(12_000));
    }

    @Test
    void aNewcomerPausesFarLongerThanAnOldWaiterSoTheOldOneUsuallyWins() {
        assertTrue(pauseAfterMillis(100) >= 4 * pauseAfterMillis(5_000));
    }

    @Test
    void aCommitWaitingForReadsRetriesAtOnceThenLessOften() {
        assertEquals(500, FairBusyWait.commitPauseMicros(0));
        assertEquals(2_000, FairBusyWait.commitPauseMicros(20));
        assertEquals(5_000, FairBusyWait.commitPauseMicros(100));
        assertEquals(5_000, FairBusyWait.commitPauseMicros(100_000), "bounded: at most 200 requests a second");
    }
}
