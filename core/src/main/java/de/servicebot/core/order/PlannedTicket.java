package de.servicebot.core.order;

import de.servicebot.core.catalog.TicketTypeId;
import de.servicebot.core.staff.StaffId;
import de.servicebot.core.ticket.Appointment;
import java.util.Objects;
import java.util.Optional;

/**
 * One ticket sales wants from an order: its type (which brings the checklists), subject, description (which must
 * carry the order's agreements), if already known, the technician it goes to, and the appointment agreed for it (for
 * instance the order's agreed date), which needs that technician.
 */
public record PlannedTicket(
        TicketTypeId typeId,
        String subject,
        String description,
        Optional<StaffId> technician,
        Optional<Appointment> appointment) {

    public PlannedTicket {
        Objects.requireNonNull(typeId, "typeId");
        Objects.requireNonNull(technician, "technician");
        Objects.requireNonNull(appointment, "appointment");
        subject = subject == null ? "" : subject.strip();
        description = description == null ? "" : description.strip();
    }

    /** A ticket without an appointment yet. */
    public PlannedTicket(TicketTypeId typeId, String subject, String description, Optional<StaffId> technician) {
        this(typeId, subject, description, technician, Optional.empty());
    }
}
