package de.servicebot.adapter.teams;

import com.microsoft.bot.builder.BotFrameworkAdapter;
import com.microsoft.bot.connector.authentication.AuthenticationConfiguration;
import com.microsoft.bot.connector.authentication.ChannelValidation;
import com.microsoft.bot.connector.authentication.SimpleChannelProvider;
import com.microsoft.bot.connector.authentication.SimpleCredentialProvider;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The Teams channel on the Bot Framework SDK, built from {@link TeamsSettings} and the application's
 * {@link TeamsConversation}. Without authentication the adapter accepts unsigned activities: the application only
 * allows that for the local run.
 */
@Configuration(proxyBeanMethods = false)
public class TeamsConfiguration {

    @Bean
    ConnectorRetry connectorRetry() {
        return new ConnectorRetry(4, Duration.ofSeconds(1), Duration.ofSeconds(30));
    }

    @Bean
    BotFrameworkAdapter botFrameworkAdapter(TeamsSettings settings) {
        BotFrameworkAdapter adapter;
        if (settings.authenticate()) {
            ChannelValidation.setOpenIdMetaDataUrl(settings.openIdMetadataUrl());
            HttpClient http = HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(10))
                    .build();
            adapter = new BotFrameworkAdapter(
                    new ClientSecretCredentials(settings, http, Clock.systemUTC()),
                    new AuthenticationConfiguration(),
                    new SimpleChannelProvider(),
                    null,
                    null);
        } else {
            adapter = new BotFrameworkAdapter(new SimpleCredentialProvider());
        }
        adapter.setOnTurnError((turn, failure) -> CompletableFuture.failedFuture(failure));
        return adapter;
    }

    @Bean
    TeamsBot teamsBot(TeamsConversation conversation, TeamsSettings settings, ConnectorRetry retry) {
        return new TeamsBot(conversation, settings, retry);
    }

    @Bean
    TeamsController teamsController(BotFrameworkAdapter adapter, TeamsBot bot) {
        return new TeamsController(adapter, bot);
    }

    @Bean
    TeamsMessenger teamsMessenger(BotFrameworkAdapter adapter, TeamsSettings settings, ConnectorRetry retry) {
        return new TeamsMessenger(adapter, settings, retry);
    }
}
