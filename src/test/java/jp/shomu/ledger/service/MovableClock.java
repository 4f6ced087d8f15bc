package jp.shomu.ledger.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** A clock a test sets to the day it plays, so cases can be received and finished in past fiscal years. */
public final class MovableClock extends Clock {
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private volatile Instant now;

    public MovableClock(LocalDate day) {
        set(day);
    }

    /** 10:00 in Tokyo on {@code day}. */
    public void set(LocalDate day) {
        now = day.atTime(10, 0).atZone(TOKYO).toInstant();
    }

    @Override
    public ZoneId getZone() {
        return TOKYO;
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
