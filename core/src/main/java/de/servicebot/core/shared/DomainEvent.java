package de.servicebot.core.shared;

/** Something that happened in the domain that another feature may react to, e.g. a ticket forwarded. */
public interface DomainEvent {}
