package de.servicebot.adapter.teams;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * The person an activity comes from, as far as Teams tells: the stable Azure AD object id, the tenant, the display
 * name, the client's locale, the conversation reference (JSON) through which the bot can reach them later, and their e-mail/UPN, which
 * costs a call to the connector and is therefore fetched only when asked for.
 */
public record TeamsUser(
        String aadObjectId,
        String tenantId,
        String name,
        String locale,
        String reference,
        Supplier<Optional<String>> email) {}
