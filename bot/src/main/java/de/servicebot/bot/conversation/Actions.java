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
    public static final String CHECKLIST_SHOW = "checklist.show";
    public static final String CHECKLIST_TICK_OPEN = "checklist.tick.open";
    public static final String CHECKLIST_TICK = "checklist.tick";
    public static final String CHECKLIST_UNTICK_OPEN = "checklist.untick.open";
    public static final String CHECKLIST_UNTICK = "checklist.untick";
    public static final String RESOLVE = "ticket.resolve";
    public static final String ORDER_TICKETS = "order.tickets";
    public static final String CHECKLIST_TEMPLATE = "checklist.template";

    /** The hidden input carrying the ticket a form or button is about. */
    public static final String TICKET_ID = "ticketId";
    /** The hidden input carrying a time entry's id. */
    public static final String ENTRY_ID = "entryId";
    /** The hidden input carrying the chosen customer's id in the second step of a new ticket. */
    public static final String CUSTOMER_ID = "customerId";

    /** The hidden input carrying a checklist's id. */
    public static final String CHECKLIST_ID = "checklistId";
    /** The hidden input carrying the number of a checklist point (from 1). */
    public static final String POINT = "point";
    /** The hidden input carrying the order's id on the order-to-tickets form. */
    public static final String ORDER_ID = "orderId";
    /** The hidden input carrying the ticket type whose checklist template is edited. */
    public static final String TYPE_ID = "typeId";

    /**
     * The hidden input carrying a form's one-time token: a form sent twice (a double click, a platform's retry, a
     * replay) is handled the first time only.
     */
    public static final String FORM_TOKEN = "formToken";

    private Actions() {}
}
