package de.servicebot.bot.slack;

import com.slack.api.model.block.LayoutBlock;
import de.servicebot.bot.conversation.View;
import java.util.List;

/**
 * How one kind of view looks in Slack, as Block Kit blocks. Each is a bean of its own: a feature that brings a new kind
 * of view brings its blocks beside it, and {@link SlackBlocks} finds them by the view's class.
 */
interface SlackViewBlocks<V extends View> {

    Class<V> kind();

    /** The view's blocks; every user text escaped with {@link SlackBlocks#escape}. */
    List<LayoutBlock> blocks(V view);
}
