package jp.shomu.ledger.testing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** A clock a test moves by hand, in Japan time. */
public final class MutableClock extends Clock {
    public static final ZoneId JST = ZoneId.of("Asia/Tokyo");
    private Instant now;

    public MutableClock(Instant start) {
        this.now = start;
    }

    public void at(LocalDate day, int hour, int minute) {
        now = day.atTime(hour, minute).atZone(JST).toInstant();
    }

    @Override
    public ZoneId getZone() {
        return JST;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return now;
    }
}
