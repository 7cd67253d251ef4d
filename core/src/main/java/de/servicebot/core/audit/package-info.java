/**
 * The audit trail: who changed what and when, for changes the process wants traceable (time entries booked,
 * corrected and deleted; tickets opened and forwarded). Entries are only ever added.
 */
package de.servicebot.core.audit;
