package de.servicebot.core.shared;

import java.time.Instant;

/**
 * What was handled already, so that a form sent twice, a button pressed twice or a request a platform delivers again
 * is handled once. The key is what the platform or the form gives: a one-time token carried in the form, the Teams
 * activity id, the Slack request's signature. Kept in the database, so that it holds across instances.
 */
public interface HandledRequests {

    /** The longest key remembered; a longer one is not a key any channel gives and is not claimed. */
    int MAX_KEY_LENGTH = 200;

    /**
     * Claims the key in the caller's transaction: true the first time, false when it was claimed before. Claiming
     * a key another transaction claims at the same moment waits for that transaction: its commit makes this one
     * false, its rollback releases the key. A rollback of the caller's transaction releases the key too, so that a
     * refused form can be corrected and sent again.
     */
    boolean claim(String key);

    /** Forgets what was handled before the given instant; nothing sends a request again that late. */
    int forgetBefore(Instant before);
}
