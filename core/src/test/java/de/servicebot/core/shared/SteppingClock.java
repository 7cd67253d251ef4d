package de.servicebot.core.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/** A clock that starts at a fixed instant and moves on by a step each time it is read, as time does between actions. */
public final class SteppingClock extends Clock {

    private final AtomicReference<Instant> next;
    private final Duration step;
    private final ZoneId zone;

    public SteppingClock(Instant start, Duration step, ZoneId zone) {
        this.next = new AtomicReference<>(start);
        this.step = step;
        this.zone = zone;
    }

    @Override
    public Instant instant() {
        return next.getAndUpdate(current -> current.plus(step));
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new SteppingClock(next.get(), step, zone);
    }
}
