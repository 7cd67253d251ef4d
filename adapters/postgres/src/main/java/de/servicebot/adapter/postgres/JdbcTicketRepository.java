package de.servicebot.adapter.postgres;

import de.servicebot.adapter.postgres.Rows.TicketRow;
import de.servicebot.adapter.postgres.SpringDataRepositories.TicketRows;
import de.servicebot.core.catalog.CategoryId;
import de.servicebot.core.catalog.TicketTypeId;
import de.servicebot.core.customer.ContactId;
import de.servicebot.core.customer.CustomerId;
import de.servicebot.core.staff.StaffId;
import de.servicebot.core.ticket.Appointment;
import de.servicebot.core.ticket.OpenTicket;
import de.servicebot.core.ticket.Ticket;
import de.servicebot.core.ticket.TicketHandling;
import de.servicebot.core.ticket.TicketId;
import de.servicebot.core.ticket.TicketNumber;
import de.servicebot.core.ticket.TicketRepository;
import de.servicebot.core.ticket.TicketStatus;
import java.util.List;
import java.util.Map;
import java.util.Optional;

class JdbcTicketRepository implements TicketRepository {

    private final TicketRows rows;

    JdbcTicketRepository(TicketRows rows) {
        this.rows = rows;
    }

    @Override
    public Ticket save(Ticket ticket) {
        return asAggregate(Versions.saving(() -> rows.save(toRow(ticket)), Map.of()));
    }

    @Override
    public Optional<Ticket> findById(TicketId id) {
        return rows.findById(id.value()).map(JdbcTicketRepository::asAggregate);
    }

    @Override
    public Optional<Ticket> findByNumber(TicketNumber number) {
        return rows.findByNumberYearAndNumberSequence(number.year(), number.sequence())
                .map(JdbcTicketRepository::asAggregate);
    }

    @Override
    public List<Ticket> findOpenByAssignee(StaffId assignee, int limit) {
        return rows.findOpenByAssignee(assignee.value(), limit).stream()
                .map(JdbcTicketRepository::asAggregate)
                .toList();
    }

    @Override
    public List<Ticket> findByCustomer(CustomerId customer, int limit) {
        return rows.findByCustomer(customer.value(), limit).stream()
                .map(JdbcTicketRepository::asAggregate)
                .toList();
    }

    private static TicketRow toRow(Ticket t) {
        return new TicketRow(
                t.id().value(),
                t.number().year(),
                t.number().sequence(),
                t.customerId().value(),
                t.contactId().value(),
                t.typeId().value(),
                t.categoryId().value(),
                t.subject(),
                t.description(),
                t.status().name(),
                t.assignee().map(StaffId::value).orElse(null),
                t.appointment().map(Appointment::start).orElse(null),
                t.appointment().map(a -> a.visit().name()).orElse(null),
                t.handling().receiptSentAt().orElse(null),
                t.handling().note(),
                t.handling().resolution(),
                t.createdBy().value(),
                t.createdAt(),
                Versions.toRow(t));
    }

    private static Ticket asAggregate(TicketRow row) {
        OpenTicket content = new OpenTicket(
                new CustomerId(row.customerId()),
                new ContactId(row.contactId()),
                new TicketTypeId(row.typeId()),
                new CategoryId(row.categoryId()),
                row.subject(),
                row.description());
        return Ticket.restore(
                new TicketId(row.id()),
                new TicketNumber(row.numberYear(), row.numberSequence()),
                content,
                TicketStatus.valueOf(row.status()),
                Optional.ofNullable(row.assigneeId()).map(StaffId::new),
                Optional.ofNullable(row.appointment())
                        .map(start -> new Appointment(
                                start,
                                row.appointmentVisit() == null
                                        ? Appointment.Visit.ON_SITE
                                        : Appointment.Visit.valueOf(row.appointmentVisit()))),
                new TicketHandling(Optional.ofNullable(row.receiptSentAt()), row.internalNote(), row.resolution()),
                new StaffId(row.createdBy()),
                row.createdAt(),
                Versions.fromRow(row.version()));
    }
}
