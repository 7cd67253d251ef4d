/**
 * The documents of a ticket on its card (the order PDF, …), each with a link that opens it in the browser: signed for
 * the person the card was shown to, for one document of one ticket, and valid for a while only; opening it checks in
 * core that the person may still see the ticket and that the document is kept with it.
 */
package de.servicebot.bot.feature.document;
