package de.servicebot.bot.conversation;

/**
 * Something to show the user; every text in it is localized and ready to display (channels escape it). A feature
 * brings its own kinds of views: each names its Teams card template and its one-line summary, and Slack finds its
 * blocks by the view's class, so no channel keeps a list of them.
 */
public interface View {

    /** The Adaptive Card template that shows it in Teams: {@code cards/<template>.json}, expanded with the view. */
    String template();

    /** One line of plain text: the notification text, and what is shown where the view itself cannot be. */
    String summary();

    /**
     * Whether the answer to a button replaces the message the button was on, e.g. a checklist that stays one message
     * while its points are ticked; otherwise it comes below.
     */
    default boolean replacesPressedMessage() {
        return false;
    }
}
