/**
 * Appointments after forwarding: setting, moving and cancelling the appointment agreed with the customer (Termin), on
 * site (vor Ort) or remote, with the customer told when the person ticks it and the assignee told when someone else
 * changed it.
 */
package de.servicebot.core.appointment;
