package de.servicebot.core.order;

import de.servicebot.core.catalog.TicketTypeId;
import de.servicebot.core.staff.StaffId;
import java.util.Objects;
import java.util.Optional;

/**
 * One ticket sales wants from an order: its type (which brings the checklists), subject, description (which must
 * carry the order's agreements) and, if already known, the technician it goes to.
 */
public record PlannedTicket(TicketTypeId typeId, String subject, String description, Optional<StaffId> technician) {

    public PlannedTicket {
        Objects.requireNonNull(typeId, "typeId");
        Objects.requireNonNull(technician, "technician");
        subject = subject == null ? "" : subject.strip();
        description = description == null ? "" : description.strip();
    }
}
