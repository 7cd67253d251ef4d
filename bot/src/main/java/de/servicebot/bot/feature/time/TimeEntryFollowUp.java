package de.servicebot.bot.feature.time;

import de.servicebot.bot.conversation.ButtonView;
import de.servicebot.bot.conversation.Say;
import de.servicebot.core.staff.StaffMember;
import de.servicebot.core.ticket.Ticket;
import de.servicebot.core.time.TimeEntry;
import java.util.Optional;

/**
 * What another feature offers right after a person booked time, e.g. "Material hinzufügen" for the entry: a bean of
 * that feature, shown as a button under the time sheet.
 */
public interface TimeEntryFollowUp {

    Optional<ButtonView> after(TimeEntry booked, Ticket ticket, StaffMember me, Say say);
}
