package de.servicebot.core.staff;

import de.servicebot.core.shared.DomainException;
import de.servicebot.core.shared.EmailAddress;
import de.servicebot.core.shared.Language;
import de.servicebot.core.shared.Texts;
import de.servicebot.core.shared.Versioned;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A person on the company's staff. The e-mail is the key by which Teams and Slack users are recognised; once seen,
 * their chat identities are stored so that the bot can reach them proactively. Every person holds at least one role.
 */
public final class StaffMember implements Versioned {

    static final int MAX_NAME = 120;
    static final int MAX_CHAT_ID = 200;

    private final StaffId id;
    private String name;
    private EmailAddress email;
    private final EnumSet<Role> roles;
    private Language language;
    private String teamsUserId;
    private String slackUserId;
    private boolean active;
    private final long version;

    private StaffMember(
            StaffId id,
            String name,
            EmailAddress email,
            Set<Role> roles,
            Language language,
            String teamsUserId,
            String slackUserId,
            boolean active,
            long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.name = Texts.required(name, MAX_NAME, "staff.name-missing", "staff.name-too-long");
        this.email = Objects.requireNonNull(email, "email");
        DomainException.require(roles != null && !roles.isEmpty(), "staff.role-missing");
        this.roles = EnumSet.copyOf(roles);
        this.language = Objects.requireNonNull(language, "language");
        this.teamsUserId = teamsUserId;
        this.slackUserId = slackUserId;
        this.active = active;
        this.version = version;
    }

    /** Registers a new, active staff member. */
    public static StaffMember register(String name, EmailAddress email, Set<Role> roles, Language language) {
        return new StaffMember(StaffId.newId(), name, email, roles, language, null, null, true, 0);
    }

    public static StaffMember restore(
            StaffId id,
            String name,
            EmailAddress email,
            Set<Role> roles,
            Language language,
            Optional<String> teamsUserId,
            Optional<String> slackUserId,
            boolean active,
            long version) {
        return new StaffMember(
                id, name, email, roles, language, teamsUserId.orElse(null), slackUserId.orElse(null), active, version);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public boolean hasAnyRole(Role... wanted) {
        for (Role role : wanted) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }

    /** Throws {@code staff.role-required} unless this person holds one of the roles. */
    public void requireAnyRole(Role... wanted) {
        DomainException.require(active && hasAnyRole(wanted), "staff.role-required", List.of(wanted));
    }

    /** Whether this person, being active, holds a role granting the permission. */
    public boolean may(Permission permission) {
        return active && permission.roles().stream().anyMatch(roles::contains);
    }

    /** Throws {@code staff.not-permitted} unless this person {@link #may} do it. */
    public void require(Permission permission) {
        DomainException.require(may(permission), "staff.not-permitted", permission);
    }

    /** Whether Servicebot can reach this person in chat (Teams or Slack) for a proactive message. */
    public boolean reachableInChat() {
        return active && (teamsUserId != null || slackUserId != null);
    }

    /** Stores the Teams user this person wrote from, so that proactive messages reach them. */
    public void linkTeams(String teamsUserId) {
        this.teamsUserId = chatId(teamsUserId);
    }

    /** Stores the Slack user this person wrote from, so that direct messages reach them. */
    public void linkSlack(String slackUserId) {
        this.slackUserId = chatId(slackUserId);
    }

    public void rename(String name) {
        this.name = Texts.required(name, MAX_NAME, "staff.name-missing", "staff.name-too-long");
    }

    public void changeEmail(EmailAddress email) {
        this.email = Objects.requireNonNull(email, "email");
    }

    public void speak(Language language) {
        this.language = Objects.requireNonNull(language, "language");
    }

    /** A person who left keeps their history but can no longer use the bot or be assigned. */
    public void deactivate() {
        this.active = false;
    }

    private static String chatId(String value) {
        return Texts.required(value, MAX_CHAT_ID, "staff.chat-id-missing", "staff.chat-id-too-long");
    }

    public StaffId id() {
        return id;
    }

    public String name() {
        return name;
    }

    public EmailAddress email() {
        return email;
    }

    public Set<Role> roles() {
        return Set.copyOf(roles);
    }

    public Language language() {
        return language;
    }

    public Optional<String> teamsUserId() {
        return Optional.ofNullable(teamsUserId);
    }

    public Optional<String> slackUserId() {
        return Optional.ofNullable(slackUserId);
    }

    public boolean active() {
        return active;
    }

    @Override
    public long version() {
        return version;
    }
}
