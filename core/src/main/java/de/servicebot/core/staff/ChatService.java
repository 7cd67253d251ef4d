package de.servicebot.core.staff;

/** The chat services staff write from; each knows people by its own user id. */
public enum ChatService {
    TEAMS,
    SLACK
}
