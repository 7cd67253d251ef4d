package de.servicebot.bot.conversation;

import java.util.List;
import java.util.Map;

/**
 * One feature of the conversation (tickets, creation and forwarding, time, calls, checklists, orders, templates, …):
 * the commands people type for it and the forms and buttons it answers, by action id. Each feature lives in its own
 * package and registers itself as a bean; {@link Conversation} is built from all of them and refuses at start-up a
 * word or an action id claimed twice. Slack, Teams and the console route every registered action.
 */
public interface Feature {

    /** The commands, in the order the help lists them. */
    default List<CommandSpec> commands() {
        return List.of();
    }

    /** What a submitted form or a pressed button of this feature asks for, by action id. */
    default Map<String, ActionHandler> actions() {
        return Map.of();
    }

    /** Answers a submitted form or a pressed button: the inputs, hidden ones included, of one action. */
    @FunctionalInterface
    interface ActionHandler {
        Reply handle(de.servicebot.core.staff.StaffMember me, Inputs inputs, Say say);
    }
}
