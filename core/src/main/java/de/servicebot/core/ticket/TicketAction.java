package de.servicebot.core.ticket;

import de.servicebot.core.staff.Permission;
import de.servicebot.core.staff.StaffMember;
import java.util.EnumSet;
import java.util.Set;

/**
 * What a person can do with a ticket from its card. {@link #allowed} is the one answer to "which buttons does this
 * card show": exactly the actions core would accept from this person on this ticket now.
 */
public enum TicketAction {
    FORWARD,
    /** Set or move the appointment. */
    SCHEDULE,
    /** Cancel the appointment. */
    CANCEL_APPOINTMENT,
    LOG_TIME,
    LOG_CALL,
    VIEW_TIMES,
    VIEW_CHECKLISTS,
    RESOLVE,
    REOPEN,
    /** Record material taken from stock (Entnahme Lager). */
    RECORD_MATERIAL,
    /** Write, look at and issue the ticket's delivery note (Lieferschein). */
    DELIVERY_NOTE,
    /** Ask sales for the delivery note an on-site appointment needs. */
    ASK_DELIVERY_NOTE;

    /** The actions the person may take on the ticket in its current status, in the order a card shows them. */
    public static Set<TicketAction> allowed(Ticket ticket, StaffMember person) {
        Set<TicketAction> allowed = EnumSet.noneOf(TicketAction.class);
        if (!person.active() || !person.may(Permission.VIEW_TICKETS)) {
            return allowed;
        }
        TicketStatus status = ticket.status();
        if (status.canMoveTo(TicketStatus.FORWARDED) && person.may(Permission.FORWARD_TICKET)) {
            allowed.add(FORWARD);
        }
        if (ticket.schedulableBy(person)) {
            allowed.add(SCHEDULE);
            if (ticket.appointment().isPresent()) {
                allowed.add(CANCEL_APPOINTMENT);
            }
        }
        if (status != TicketStatus.CLOSED && person.may(Permission.LOG_OWN_TIME)) {
            allowed.add(LOG_TIME);
        }
        if (person.may(Permission.LOG_CALL)) {
            allowed.add(LOG_CALL);
        }
        allowed.add(VIEW_TIMES);
        allowed.add(VIEW_CHECKLISTS);
        if (ticket.resolvableBy(person)) {
            allowed.add(RESOLVE);
        }
        if (ticket.reopenableBy(person)) {
            allowed.add(REOPEN);
        }
        if (status != TicketStatus.CLOSED && person.may(Permission.RECORD_MATERIAL)) {
            allowed.add(RECORD_MATERIAL);
            if (ticket.appointment().filter(Appointment::onSite).isPresent()) {
                allowed.add(ASK_DELIVERY_NOTE);
            }
        }
        if (status != TicketStatus.CLOSED && person.may(Permission.DELIVERY_NOTES)) {
            allowed.add(DELIVERY_NOTE);
        }
        return allowed;
    }
}
