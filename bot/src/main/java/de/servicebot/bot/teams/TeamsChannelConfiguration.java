package de.servicebot.bot.teams;

import de.servicebot.adapter.teams.TeamsConfiguration;
import de.servicebot.adapter.teams.TeamsMessenger;
import de.servicebot.adapter.teams.TeamsSettings;
import de.servicebot.bot.cards.CardRenderer;
import de.servicebot.bot.conversation.Conversation;
import de.servicebot.bot.i18n.Messages;
import de.servicebot.core.shared.Transactions;
import de.servicebot.core.staff.ChatReferences;
import de.servicebot.core.staff.StaffService;
import java.net.InetAddress;
import java.net.UnknownHostException;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;

/**
 * Switches Teams on when {@code MicrosoftAppId} is set (or, for the local run only, when authentication is switched
 * off). Settings use the Bot Framework's names: {@code MicrosoftAppId}, {@code MicrosoftAppPassword},
 * {@code MicrosoftAppTenantId}, {@code MicrosoftAppType} ({@code SingleTenant} or {@code MultiTenant}).
 * Unauthenticated Teams is refused at start-up unless the server listens on the loopback address only.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${MicrosoftAppId:}' != '' or '${servicebot.teams.authentication:true}' == 'false'")
@Import(TeamsConfiguration.class)
@EnableConfigurationProperties(TeamsProperties.class)
public class TeamsChannelConfiguration {

    @Bean
    TeamsSettings teamsSettings(TeamsProperties properties, Environment environment) {
        String serverAddress = environment.getProperty("server.address", "");
        if (!properties.authentication() && !loopback(serverAddress)) {
            throw new IllegalStateException("servicebot.teams.authentication=false lets anyone post activities; it is "
                    + "only allowed when server.address is a loopback address (the local run), not '" + serverAddress
                    + "'");
        }
        return properties.settings();
    }

    @Bean
    TeamsChannel teamsChannel(
            Conversation conversation,
            CardRenderer cards,
            Messages messages,
            StaffService staffService,
            ChatReferences references,
            Transactions transactions) {
        return new TeamsChannel(conversation, cards, messages, staffService, references, transactions);
    }

    @Bean
    TeamsNotifications teamsNotifications(ChatReferences references, TeamsMessenger messenger, CardRenderer cards) {
        return new TeamsNotifications(references, messenger, cards);
    }

    private static boolean loopback(String address) {
        if (address == null || address.isBlank()) {
            return false;
        }
        try {
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException unknown) {
            return false;
        }
    }
}
