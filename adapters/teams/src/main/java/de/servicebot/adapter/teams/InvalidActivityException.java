package de.servicebot.adapter.teams;

/** An activity whose content the bot cannot read, e.g. an invoke whose value is not what its name promises. */
final class InvalidActivityException extends RuntimeException {

    InvalidActivityException(String message) {
        super(message, null, false, false);
    }
}
