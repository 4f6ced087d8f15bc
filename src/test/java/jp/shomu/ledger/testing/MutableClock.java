package jp.shomu.ledger.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import jp.shomu.ledger.domain.calendar.JapanTime;

/** A clock a test moves by hand, in Japan time: to a day (10:00), to a time of day, or forward by a duration. */
public final class MutableClock extends Clock {
    private volatile Instant now;

    public MutableClock(Instant start) {
        this.now = start;
    }

    /** 10:00 in Tokyo on {@code day}. */
    public MutableClock(LocalDate day) {
        set(day);
    }

    /** 10:00 in Tokyo on {@code day}. */
    public void set(LocalDate day) {
        at(day, 10, 0);
    }

    public void at(LocalDate day, int hour, int minute) {
        now = day.atTime(hour, minute).atZone(JapanTime.ZONE).toInstant();
    }

    public void advance(Duration d) {
        now = now.plus(d);
    }

    @Override
    public ZoneId getZone() {
        return JapanTime.ZONE;
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
