package de.servicebot.core.time;

import de.servicebot.core.audit.AuditEntry;
import de.servicebot.core.audit.AuditLog;
import de.servicebot.core.customer.CustomerRepository;
import de.servicebot.core.shared.DomainException;
import de.servicebot.core.shared.Transactions;
import de.servicebot.core.staff.Permission;
import de.servicebot.core.staff.StaffId;
import de.servicebot.core.staff.StaffMember;
import de.servicebot.core.staff.StaffRepository;
import de.servicebot.core.template.TemplateKind;
import de.servicebot.core.template.TemplateValues;
import de.servicebot.core.template.TextTemplate;
import de.servicebot.core.template.TextTemplateRepository;
import de.servicebot.core.ticket.Ticket;
import de.servicebot.core.ticket.TicketId;
import de.servicebot.core.ticket.TicketRepository;
import de.servicebot.core.ticket.TicketStatus;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * "Zeiteinträge": every piece of work on a ticket is booked with an activity from the time-entry templates. A
 * person books for themselves (admins also for others), not into the future and not on a closed ticket; corrects
 * or deletes only their own entries on the day they booked them. Every booking, correction and deletion is audited.
 */
public final class TimeService {

    private final TimeEntryRepository entries;
    private final TicketRepository tickets;
    private final TextTemplateRepository templates;
    private final CustomerRepository customers;
    private final StaffRepository staff;
    private final AuditLog audit;
    private final Transactions transactions;
    private final Clock clock;
    private final List<TimePolicy> policies;

    public TimeService(
            TimeEntryRepository entries,
            TicketRepository tickets,
            TextTemplateRepository templates,
            CustomerRepository customers,
            StaffRepository staff,
            AuditLog audit,
            Transactions transactions,
            Clock clock) {
        this(entries, tickets, templates, customers, staff, audit, transactions, clock, List.of());
    }

    /** With the rules other parts of the process set for booked work (e.g. on-site work needs a delivery note). */
    public TimeService(
            TimeEntryRepository entries,
            TicketRepository tickets,
            TextTemplateRepository templates,
            CustomerRepository customers,
            StaffRepository staff,
            AuditLog audit,
            Transactions transactions,
            Clock clock,
            List<TimePolicy> policies) {
        this.policies = List.copyOf(policies);
        this.entries = entries;
        this.tickets = tickets;
        this.templates = templates;
        this.customers = customers;
        this.staff = staff;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    public TimeEntry book(BookTime request, StaffMember by) {
        StaffId worker = request.workedBy().orElse(by.id());
        by.require(worker.equals(by.id()) ? Permission.LOG_OWN_TIME : Permission.LOG_TIME_FOR_OTHERS);
        return transactions.inTransaction(() -> {
            StaffMember workedBy = worker.equals(by.id())
                    ? by
                    : staff.findById(worker)
                            .filter(member -> member.may(Permission.LOG_OWN_TIME))
                            .orElseThrow(() -> new DomainException("time.worker-unknown"));
            Ticket ticket = openTicket(request.ticketId());
            LogTime work = work(request, ticket, workedBy);
            TimeEntry saved = entries.save(TimeEntry.record(work, by.id(), clock.instant()));
            record(by, "time-entry.booked", saved, describe(work));
            return saved;
        });
    }

    /**
     * Replaces what an entry says; only its owner, only on the day it was booked, and only an entry of the ticket the
     * correction names (a form that pairs an entry with another ticket changes nothing).
     */
    public TimeEntry correct(TimeEntryId id, BookTime corrected, StaffMember by) {
        by.require(Permission.LOG_OWN_TIME);
        return transactions.inTransaction(() -> {
            TimeEntry entry = entry(corrected.ticketId(), id);
            entry.requireChangeableBy(by.id(), clock);
            Ticket ticket = openTicket(entry.ticketId());
            LogTime before = entry.work();
            BookTime sameTicketAndPerson = new BookTime(
                    entry.ticketId(),
                    Optional.of(before.workedBy()),
                    corrected.date(),
                    corrected.duration(),
                    corrected.activity(),
                    corrected.text(),
                    corrected.billable(),
                    corrected.onSite());
            LogTime after = work(sameTicketAndPerson, ticket, by);
            entry.correct(after, by.id(), clock);
            TimeEntry saved = entries.save(entry);
            record(by, "time-entry.corrected", saved, describe(before) + " -> " + describe(after));
            return saved;
        });
    }

    /** Deletes an entry of the ticket; only its owner, only on the day it was booked. */
    public void delete(TicketId ticketId, TimeEntryId id, StaffMember by) {
        by.require(Permission.LOG_OWN_TIME);
        transactions.run(() -> {
            TimeEntry entry = entry(ticketId, id);
            entry.requireChangeableBy(by.id(), clock);
            entries.delete(id);
            record(by, "time-entry.deleted", entry, describe(entry.work()));
        });
    }

    /** The ticket's entries with their total. */
    public TimeSheet sheet(TicketId ticketId, StaffMember by) {
        by.require(Permission.VIEW_TICKETS);
        tickets.findById(ticketId).orElseThrow(() -> new DomainException("ticket.not-found", ticketId.toString()));
        return new TimeSheet(entries.findByTicket(ticketId));
    }

    private LogTime work(BookTime request, Ticket ticket, StaffMember workedBy) {
        LocalDate today = LocalDate.now(clock);
        LocalDate date = request.date().orElse(today);
        DomainException.require(!date.isAfter(today), "time.date-in-future");
        TextTemplate activity = templates
                .findByName(TemplateKind.TIME_ENTRY, request.activity())
                .orElseThrow(() -> new DomainException("time.activity-unknown", request.activity()));
        String text = request.text().isBlank()
                ? activity.fill(values(ticket, workedBy, date).asMap())
                : request.text();
        LogTime work = new LogTime(
                ticket.id(),
                workedBy.id(),
                date,
                request.duration(),
                activity.name(),
                text,
                request.billable(),
                request.onSite());
        policies.forEach(policy -> policy.check(ticket, work));
        return work;
    }

    private TemplateValues values(Ticket ticket, StaffMember workedBy, LocalDate date) {
        TemplateValues values =
                TemplateValues.writtenBy(workedBy, date).ticket(ticket.number().toString(), ticket.subject());
        customers.findById(ticket.customerId()).ifPresent(customer -> values.customer(customer, ticket.contactId()));
        return values;
    }

    private Ticket openTicket(TicketId id) {
        Ticket ticket = tickets.findById(id).orElseThrow(() -> new DomainException("ticket.not-found", id.toString()));
        DomainException.require(
                ticket.status() != TicketStatus.CLOSED,
                "ticket.closed",
                ticket.number().toString());
        return ticket;
    }

    /** The entry, if it belongs to the ticket; an entry of another ticket is as unknown as one that does not exist. */
    private TimeEntry entry(TicketId ticketId, TimeEntryId id) {
        return entries.findById(id)
                .filter(entry -> entry.ticketId().equals(ticketId))
                .orElseThrow(() -> new DomainException("time.entry-not-found"));
    }

    private void record(StaffMember by, String action, TimeEntry entry, String details) {
        Instant now = clock.instant();
        audit.record(new AuditEntry(now, by.id(), action, entry.id().toString(), details));
    }

    private static String describe(LogTime work) {
        return "ticket=" + work.ticketId() + " for=" + work.workedBy() + " date=" + work.date() + " minutes="
                + work.duration().minutes() + " activity=" + work.activity() + " billable=" + work.billable()
                + (work.onSite() ? " onSite=true" : "");
    }
}
