package de.servicebot.core.delivery;

import de.servicebot.core.ticket.Ticket;
import de.servicebot.core.time.LogTime;
import de.servicebot.core.time.TimePolicy;

/** On-site time is booked only on a ticket with an issued delivery note ("vor Ort IMMER nur mit Lieferschein"). */
public final class OnSiteNeedsDeliveryNote implements TimePolicy {

    private final DeliveryNoteService notes;

    public OnSiteNeedsDeliveryNote(DeliveryNoteService notes) {
        this.notes = notes;
    }

    @Override
    public void check(Ticket ticket, LogTime work) {
        if (work.onSite()) {
            notes.requireForOnSite(ticket);
        }
    }
}
