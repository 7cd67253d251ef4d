package de.servicebot.adapter.teams;

/** An authenticated activity from a Teams tenant that is not on the allow-list. */
final class TenantRefusedException extends RuntimeException {

    TenantRefusedException() {
        super("Teams tenant not allowed", null, false, false);
    }
}
