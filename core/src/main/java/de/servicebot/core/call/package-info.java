/**
 * Incoming calls and information (Anrufe / Infos) about an existing ticket. Each is logged on the ticket, and the
 * person handling it (Bearbeiter) is told by e-mail and, where reachable, in chat.
 */
package de.servicebot.core.call;
