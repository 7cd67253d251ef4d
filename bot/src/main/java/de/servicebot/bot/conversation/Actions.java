package de.servicebot.bot.conversation;

/**
 * What every feature shares of its forms and buttons: the ticket view's own action and the hidden inputs that carry
 * the ticket and a form's one-time token. Each feature names its own action ids.
 */
public final class Actions {

    /** Shows a ticket's card; every ticket list's buttons ask for it. */
    public static final String SHOW_TICKET = "ticket.show";

    /** The hidden input carrying the ticket a form or button is about. */
    public static final String TICKET_ID = "ticketId";

    /**
     * The hidden input carrying a form's one-time token: a form sent twice (a double click, a platform's retry, a
     * replay) is handled the first time only.
     */
    public static final String FORM_TOKEN = "formToken";

    /** The hidden input of the ticket card's history page (0 or missing: the latest changes). */
    public static final String HISTORY_PAGE = "historyPage";

    private Actions() {}
}
