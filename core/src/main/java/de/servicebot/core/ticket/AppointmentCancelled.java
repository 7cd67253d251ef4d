package de.servicebot.core.ticket;

import de.servicebot.core.shared.DomainEvent;
import de.servicebot.core.staff.StaffMember;

/** A ticket's appointment was cancelled (abgesagt); nothing waits on it any more. */
public record AppointmentCancelled(Ticket ticket, Appointment cancelled, StaffMember by) implements DomainEvent {}
