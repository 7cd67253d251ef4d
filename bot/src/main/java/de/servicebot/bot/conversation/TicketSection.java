package de.servicebot.bot.conversation;

import de.servicebot.core.staff.StaffMember;
import de.servicebot.core.ticket.Ticket;
import java.util.Optional;

/**
 * What a feature adds to the ticket card, e.g. the calls logged on it or the time booked; a bean of the feature, shown
 * in the features' order. Each reads what it shows with a fixed number of lookups, whatever the ticket's length.
 */
public interface TicketSection {

    /** The feature's section for this person on this ticket, or nothing when it has nothing to say. */
    Optional<TicketView.Section> of(Ticket ticket, StaffMember me, Say say);
}
