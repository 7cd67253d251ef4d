package de.servicebot.bot.conversation;

import java.util.List;

/** What the bot answers: one or more views, in order. */
public record Reply(List<View> views) {

    public Reply {
        views = List.copyOf(views);
    }

    public static Reply of(View... views) {
        return new Reply(List.of(views));
    }
}
