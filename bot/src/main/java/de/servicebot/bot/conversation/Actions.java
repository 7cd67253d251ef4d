package de.servicebot.bot.conversation;

/** Action ids: what a submitted form or a pressed button asks for. Renderers and handlers share these. */
public final class Actions {

    public static final String NEW_TICKET_CUSTOMER = "ticket.new.customer";
    public static final String NEW_TICKET = "ticket.new";
    public static final String SHOW_TICKET = "ticket.show";
    public static final String FORWARD_OPEN = "ticket.forward.open";
    public static final String FORWARD = "ticket.forward";
    public static final String TIME_OPEN = "time.book.open";
    public static final String TIME_BOOK = "time.book";
    public static final String TIME_SHEET = "time.sheet";
    public static final String TIME_EDIT = "time.edit";
    public static final String TIME_DELETE = "time.delete";
    public static final String CALL_OPEN = "call.log.open";
    public static final String CALL_LOG = "call.log";

    /** The hidden input carrying the ticket a form or button is about. */
    public static final String TICKET_ID = "ticketId";
    /** The hidden input carrying a time entry's id. */
    public static final String ENTRY_ID = "entryId";
    /** The hidden input carrying the chosen customer's id in the second step of a new ticket. */
    public static final String CUSTOMER_ID = "customerId";

    private Actions() {}
}
