package de.servicebot.bot.slack;

import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.slack.api.bolt.App;
import de.servicebot.adapter.slack.SlackConfiguration;
import de.servicebot.adapter.slack.SlackDirectory;
import de.servicebot.adapter.slack.SlackMessenger;
import de.servicebot.adapter.slack.SlackSettings;
import de.servicebot.adapter.slack.SlackTexts;
import de.servicebot.bot.conversation.Conversation;
import de.servicebot.bot.i18n.Messages;
import de.servicebot.bot.outbox.Outbox;
import de.servicebot.core.shared.Language;
import de.servicebot.core.shared.Transactions;
import de.servicebot.core.staff.ChatReferences;
import de.servicebot.core.staff.StaffService;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * Switches Slack on when {@code SLACK_BOT_TOKEN} is set, with Bolt's usual settings: {@code SLACK_SIGNING_SECRET}
 * for HTTP at {@code /slack/events}, or {@code SLACK_APP_TOKEN} for Socket Mode; {@code SERVICEBOT_SLACK_ALLOWEDTEAMS}
 * lists the workspaces allowed.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${SLACK_BOT_TOKEN:}' != ''")
@Import(SlackConfiguration.class)
@EnableConfigurationProperties(SlackProperties.class)
public class SlackChannelConfiguration {

    @Bean
    SlackSettings slackSettings(SlackProperties properties) {
        return properties.settings();
    }

    /** A refused workspace says nothing of the person's language: the refusal is in German, then in English. */
    @Bean
    SlackTexts slackTexts(Messages messages) {
        return new SlackTexts(messages.text(Language.DE, "slack.workspace-not-allowed") + "\n"
                + messages.text(Language.EN, "slack.workspace-not-allowed"));
    }

    /** Block Kit for every kind of view, from the {@link SlackViewBlocks} beans. */
    @Bean
    SlackBlocks slackBlocks(List<SlackViewBlocks<?>> kinds) {
        return new SlackBlocks(kinds);
    }

    @Bean(destroyMethod = "shutdown")
    ExecutorService slackWork() {
        return Executors.newFixedThreadPool(8, runnable -> {
            Thread thread = new Thread(runnable, "slack-work");
            thread.setDaemon(true);
            return thread;
        });
    }

    @Bean
    SlackHandlers slackHandlers(
            App app,
            Conversation conversation,
            Messages messages,
            StaffService staffService,
            SlackDirectory directory,
            SlackReplies replies,
            ChatReferences references,
            Transactions transactions,
            ExecutorService slackWork,
            SlackBlocks blocks) {
        SlackHandlers handlers = new SlackHandlers(
                conversation, messages, staffService, directory, replies, references, transactions, slackWork, blocks);
        handlers.register(app);
        return handlers;
    }

    @Bean
    SlackReplies slackReplies(Outbox outbox, SlackMessenger messenger, SlackBlocks blocks) {
        return new SlackReplies(outbox, messenger, blocks);
    }

    /** The task delivering queued modal answers; the scheduler runs every task bean. */
    @Bean
    OneTimeTask<SlackReplies.Message> slackReplyTask(SlackReplies replies) {
        return replies.task();
    }

    @Bean
    SlackNotifications slackNotifications(SlackMessenger messenger, SlackBlocks blocks) {
        return new SlackNotifications(messenger, blocks);
    }
}
