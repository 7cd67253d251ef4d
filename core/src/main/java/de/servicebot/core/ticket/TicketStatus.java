package de.servicebot.core.ticket;

import java.util.EnumSet;
import java.util.Set;

/**
 * The lifecycle of a ticket. New tickets are forwarded to a technician, who works them (in progress), resolves them,
 * and they are closed; a resolved ticket may be reopened, a closed one may not change any more.
 */
public enum TicketStatus {
    NEW,
    FORWARDED,
    IN_PROGRESS,
    RESOLVED,
    CLOSED;

    /** The statuses a ticket in this status may move to. */
    public Set<TicketStatus> next() {
        return switch (this) {
            case NEW -> EnumSet.of(FORWARDED);
            case FORWARDED -> EnumSet.of(FORWARDED, IN_PROGRESS, RESOLVED);
            case IN_PROGRESS -> EnumSet.of(FORWARDED, RESOLVED);
            case RESOLVED -> EnumSet.of(IN_PROGRESS, CLOSED);
            case CLOSED -> EnumSet.noneOf(TicketStatus.class);
        };
    }

    public boolean canMoveTo(TicketStatus target) {
        return next().contains(target);
    }

    /** Not yet resolved: still work for someone. */
    public boolean isOpen() {
        return this == NEW || this == FORWARDED || this == IN_PROGRESS;
    }
}
