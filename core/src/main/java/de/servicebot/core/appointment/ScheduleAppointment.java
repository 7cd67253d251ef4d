package de.servicebot.core.appointment;

import de.servicebot.core.ticket.Appointment;
import de.servicebot.core.ticket.TicketId;
import java.util.Objects;

/** Setting or moving a ticket's appointment, and whether the customer's contact is told by e-mail. */
public record ScheduleAppointment(TicketId ticketId, Appointment appointment, boolean notifyCustomer) {

    public ScheduleAppointment {
        Objects.requireNonNull(ticketId, "ticketId");
        Objects.requireNonNull(appointment, "appointment");
    }
}
