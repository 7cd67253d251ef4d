/**
 * Time entries (Zeiteinträge): every piece of work on a ticket is booked with a duration and an activity from the
 * time-entry templates, e.g. "Ticketerstellung" for creating the ticket. A person may correct or delete their own
 * entry on the day they booked it, not later and not someone else's.
 */
package de.servicebot.core.time;
