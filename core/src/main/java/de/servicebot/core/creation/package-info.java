/**
 * "Ticketerstellung", the creation process: open a ticket with customer, contact, type, main category and the
 * "Ticket NEU" text; forward it to a technician, tell the customer's contact that the request was received (unless
 * the creator switches that off) and book the creation as a "Ticketerstellung" time entry. It spans tickets, time,
 * templates and notifications, so it lives in a package of its own.
 */
package de.servicebot.core.creation;
