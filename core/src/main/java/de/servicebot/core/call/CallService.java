package de.servicebot.core.call;

import de.servicebot.core.notification.NotificationTemplate;
import de.servicebot.core.notification.Notifier;
import de.servicebot.core.shared.DomainException;
import de.servicebot.core.shared.Transactions;
import de.servicebot.core.staff.Permission;
import de.servicebot.core.staff.StaffMember;
import de.servicebot.core.staff.StaffRepository;
import de.servicebot.core.ticket.Ticket;
import de.servicebot.core.ticket.TicketRepository;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * "Eingehende Infos / Anrufe": a call or information is logged on its ticket and the person handling the ticket
 * (Bearbeiter) is told by e-mail and, where reachable, in chat. Without an assignee (or when the assignee has left),
 * the ticket's creator is told. Nobody is told about a call they logged themselves.
 */
public final class CallService {

    private final CallLogRepository calls;
    private final TicketRepository tickets;
    private final StaffRepository staff;
    private final Notifier notifier;
    private final Transactions transactions;
    private final Clock clock;

    public CallService(
            CallLogRepository calls,
            TicketRepository tickets,
            StaffRepository staff,
            Notifier notifier,
            Transactions transactions,
            Clock clock) {
        this.calls = calls;
        this.tickets = tickets;
        this.staff = staff;
        this.notifier = notifier;
        this.transactions = transactions;
        this.clock = clock;
    }

    public LoggedCall log(LogCall request, StaffMember by) {
        by.require(Permission.LOG_CALL);
        return transactions.inTransaction(() -> {
            Ticket ticket = tickets.findById(request.ticketId())
                    .orElseThrow(() -> new DomainException(
                            "ticket.not-found", request.ticketId().toString()));
            CallLog call = CallLog.log(
                    ticket.id(),
                    request.callerName(),
                    request.callerPhone(),
                    request.summary(),
                    request.callbackWanted(),
                    by.id(),
                    clock.instant());
            calls.add(call);
            Optional<StaffMember> handler =
                    handler(ticket).filter(someone -> !someone.id().equals(by.id()));
            handler.ifPresent(someone -> notifyHandler(someone, ticket, call, by));
            return new LoggedCall(call, handler.map(StaffMember::name));
        });
    }

    /** The ticket's calls, oldest first. */
    public List<CallLog> calls(Ticket ticket, StaffMember by) {
        by.require(Permission.VIEW_TICKETS);
        return calls.findByTicket(ticket.id());
    }

    /** The person handling the ticket: its assignee, or its creator while nobody (active) is assigned. */
    private Optional<StaffMember> handler(Ticket ticket) {
        Optional<StaffMember> assignee =
                ticket.assignee().flatMap(staff::findById).filter(StaffMember::active);
        return assignee.isPresent()
                ? assignee
                : staff.findById(ticket.createdBy()).filter(StaffMember::active);
    }

    private void notifyHandler(StaffMember handler, Ticket ticket, CallLog call, StaffMember by) {
        Map<String, String> values = new HashMap<>();
        values.put("ticketNumber", ticket.number().toString());
        values.put("subject", ticket.subject());
        values.put("callerName", call.callerName());
        values.put("summary", call.summary());
        values.put("loggedBy", by.name());
        values.put("callbackWanted", String.valueOf(call.callbackWanted()));
        if (!call.callerPhone().isEmpty()) {
            values.put("callerPhone", call.callerPhone());
        }
        notifier.tell(handler, "call-logged:" + call.id(), NotificationTemplate.CALL_LOGGED, values);
    }
}
