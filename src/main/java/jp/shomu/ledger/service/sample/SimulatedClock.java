package jp.shomu.ledger.service.sample;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/** A clock the sample generator moves forward, so generated history carries plausible timestamps. */
final class SimulatedClock extends Clock {
    private final ZoneId zone;
    private Instant now;

    SimulatedClock(Instant start, ZoneId zone) {
        this.now = start;
        this.zone = zone;
    }

    void set(Instant instant) {
        this.now = instant;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId z) {
        SimulatedClock c = new SimulatedClock(now, z);
        return c;
    }

    @Override
    public Instant instant() {
        return now;
    }
}
