package de.servicebot.bot.teams;

import de.servicebot.adapter.teams.TeamsSettings;
import de.servicebot.bot.config.ServicebotProperties;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The Teams settings under {@code servicebot.teams.*}; the app's credentials keep the Bot Framework's names
 * ({@code MicrosoftAppId}, {@code MicrosoftAppPassword}, {@code MicrosoftAppTenantId}, {@code MicrosoftAppType}),
 * which {@code application.yml} maps here. A wrong value stops start-up naming the setting.
 *
 * @param appId the bot's app id ({@code MicrosoftAppId})
 * @param appPassword the app's client secret ({@code MicrosoftAppPassword})
 * @param appTenantId the tenant of a single-tenant app ({@code MicrosoftAppTenantId})
 * @param appType {@code SingleTenant} or {@code MultiTenant} ({@code MicrosoftAppType})
 * @param allowedTenants the tenants whose users may talk to the bot, comma-separated; empty allows every tenant
 * @param authentication whether incoming activities must carry a valid Bot Framework token (off only for the local
 *     run on the loopback address)
 * @param loginUrl where app tokens come from
 * @param openidMetadataUrl where the keys that sign incoming tokens are published
 */
@Validated
@ConfigurationProperties("servicebot.teams")
public record TeamsProperties(
        String appId,
        String appPassword,
        String appTenantId,

        @NotNull @Pattern(regexp = "(?i)SingleTenant|MultiTenant", message = "must be SingleTenant or MultiTenant")
        String appType,

        @NotNull Set<String> allowedTenants,
        boolean authentication,

        @NotNull @Pattern(regexp = ServicebotProperties.HTTP_URL, message = "must be an http(s) URL")
        String loginUrl,

        @NotNull @Pattern(regexp = ServicebotProperties.HTTP_URL, message = "must be an http(s) URL")
        String openidMetadataUrl) {

    public TeamsProperties {
        allowedTenants = ServicebotProperties.listed(allowedTenants);
    }

    /** The adapter's settings; refuses missing credentials while authentication is on, naming the setting. */
    TeamsSettings settings() {
        return new TeamsSettings(
                appId,
                appPassword,
                appTenantId,
                appType.equalsIgnoreCase("SingleTenant"),
                allowedTenants,
                authentication,
                loginUrl,
                openidMetadataUrl);
    }
}
