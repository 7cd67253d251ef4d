package de.servicebot.adapter.teams;

import java.util.Objects;
import java.util.Set;

/**
 * The Teams app, as the Bot Framework names its settings ({@code MicrosoftAppId}, {@code MicrosoftAppPassword},
 * {@code MicrosoftAppTenantId}, {@code MicrosoftAppType}), plus which tenants may talk to the bot.
 *
 * @param appId the bot's app id; blank only when authentication is switched off for the local run
 * @param appPassword the app's client secret
 * @param tenantId the tenant a single-tenant app belongs to
 * @param singleTenant whether the app is single-tenant (new Azure bots are) or multi-tenant
 * @param allowedTenants the tenants whose users may talk to the bot; empty allows every tenant
 * @param authenticate whether incoming activities must carry a valid Bot Framework token
 * @param loginUrl where app tokens come from ({@code https://login.microsoftonline.com})
 * @param openIdMetadataUrl where the keys that sign incoming tokens are published
 */
public record TeamsSettings(
        String appId,
        String appPassword,
        String tenantId,
        boolean singleTenant,
        Set<String> allowedTenants,
        boolean authenticate,
        String loginUrl,
        String openIdMetadataUrl) {

    public TeamsSettings {
        appId = appId == null ? "" : appId.strip();
        appPassword = appPassword == null ? "" : appPassword;
        tenantId = tenantId == null ? "" : tenantId.strip();
        allowedTenants = Set.copyOf(allowedTenants);
        Objects.requireNonNull(loginUrl, "loginUrl");
        Objects.requireNonNull(openIdMetadataUrl, "openIdMetadataUrl");
        if (authenticate) {
            require(!appId.isEmpty(), "MicrosoftAppId");
            require(!appPassword.isEmpty(), "MicrosoftAppPassword");
            require(!singleTenant || !tenantId.isEmpty(), "MicrosoftAppTenantId");
        }
    }

    /** The tenant app tokens are requested from: the app's own, or Bot Framework's for a multi-tenant app. */
    public String tokenTenant() {
        return singleTenant ? tenantId : "botframework.com";
    }

    public boolean allows(String tenant) {
        return allowedTenants.isEmpty() || (tenant != null && allowedTenants.contains(tenant));
    }

    private static void require(boolean present, String setting) {
        if (!present) {
            throw new IllegalStateException("Teams is switched on, but the setting " + setting + " is missing");
        }
    }
}
