package de.servicebot.core.creation;

import de.servicebot.core.shared.DomainException;
import de.servicebot.core.shared.Texts;
import de.servicebot.core.staff.StaffId;
import de.servicebot.core.ticket.Appointment;
import de.servicebot.core.ticket.TicketId;
import de.servicebot.core.time.WorkDuration;
import java.util.Objects;
import java.util.Optional;

/**
 * Forwarding a ticket (weiterleiten): to which technician, whether the customer's contact is told that the request
 * was received ("Kunden-E-Mail", ticked by default until a receipt went out), the appointment agreed with the
 * customer, the text for that mail (exactly what the customer reads), an internal note for the technician (never in
 * a customer's mail) and how long creating the ticket took (booked as "Ticketerstellung" on the first forward).
 */
public record ForwardTicket(
        TicketId ticketId,
        StaffId technicianId,
        boolean notifyCustomer,
        Optional<Appointment> appointment,
        String text,
        String note,
        Optional<WorkDuration> creationTime) {

    public static final int MAX_TEXT = 2000;

    public ForwardTicket {
        Objects.requireNonNull(ticketId, "ticketId");
        DomainException.require(technicianId != null, "ticket.technician-missing");
        Objects.requireNonNull(appointment, "appointment");
        text = Texts.optional(text, MAX_TEXT, "ticket.receipt-text-too-long");
        note = Texts.optional(note, MAX_TEXT, "ticket.note-too-long");
        Objects.requireNonNull(creationTime, "creationTime");
    }

    /** Forwarding without an internal note. */
    public ForwardTicket(
            TicketId ticketId,
            StaffId technicianId,
            boolean notifyCustomer,
            Optional<Appointment> appointment,
            String text,
            Optional<WorkDuration> creationTime) {
        this(ticketId, technicianId, notifyCustomer, appointment, text, "", creationTime);
    }

    /** Forwarding as the process wants it by default: with the customer e-mail, no appointment, no extra text. */
    public static ForwardTicket to(TicketId ticketId, StaffId technicianId) {
        return new ForwardTicket(ticketId, technicianId, true, Optional.empty(), "", Optional.empty());
    }
}
