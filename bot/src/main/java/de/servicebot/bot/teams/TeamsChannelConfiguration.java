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
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * Switches Teams on when {@code MicrosoftAppId} is set (or, for the local run only, when authentication is switched
 * off). Settings use the Bot Framework's names: {@code MicrosoftAppId}, {@code MicrosoftAppPassword},
 * {@code MicrosoftAppTenantId}, {@code MicrosoftAppType} ({@code SingleTenant} or {@code MultiTenant}).
 * Unauthenticated Teams is refused at start-up unless the server listens on the loopback address only.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${MicrosoftAppId:}' != '' or '${servicebot.teams.authentication:true}' == 'false'")
@Import(TeamsConfiguration.class)
public class TeamsChannelConfiguration {

    @Bean
    TeamsSettings teamsSettings(
            @Value("${MicrosoftAppId:}") String appId,
            @Value("${MicrosoftAppPassword:}") String password,
            @Value("${MicrosoftAppTenantId:}") String tenantId,
            @Value("${MicrosoftAppType:SingleTenant}") String appType,
            @Value("${servicebot.teams.allowed-tenants:}") String allowedTenants,
            @Value("${servicebot.teams.authentication:true}") boolean authenticate,
            @Value("${servicebot.teams.login-url:https://login.microsoftonline.com}") String loginUrl,
            @Value(
                            "${servicebot.teams.openid-metadata-url:https://login.botframework.com/v1/.well-known/openidconfiguration}")
                    String openIdMetadataUrl,
            @Value("${server.address:}") String serverAddress) {
        if (!authenticate && !loopback(serverAddress)) {
            throw new IllegalStateException("servicebot.teams.authentication=false lets anyone post activities; it is "
                    + "only allowed when server.address is a loopback address (the local run), not '" + serverAddress
                    + "'");
        }
        if (!appType.equalsIgnoreCase("SingleTenant") && !appType.equalsIgnoreCase("MultiTenant")) {
            throw new IllegalStateException(
                    "MicrosoftAppType must be SingleTenant or MultiTenant, not '" + appType + "'");
        }
        Set<String> tenants = Arrays.stream(allowedTenants.split(","))
                .map(String::strip)
                .filter(tenant -> !tenant.isEmpty())
                .collect(Collectors.toSet());
        return new TeamsSettings(
                appId,
                password,
                tenantId,
                appType.equalsIgnoreCase("SingleTenant"),
                tenants,
                authenticate,
                loginUrl,
                openIdMetadataUrl);
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
