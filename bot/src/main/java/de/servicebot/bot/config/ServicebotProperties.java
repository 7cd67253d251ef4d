package de.servicebot.bot.config;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Everything Servicebot itself needs to know, under {@code servicebot.*} (environment: {@code SERVICEBOT_*}).
 *
 * @param timeZone the company's time zone; "today" and "the day before" are counted in it
 * @param tickets how tickets are handled
 * @param mail the mail server and sender
 * @param outbox how undeliverable notifications are retried
 * @param orders the order intake from the ERP
 * @param notifications where notifications reach people in chat
 * @param documents how documents of tickets are opened from chat
 */
@Validated
@ConfigurationProperties("servicebot")
public record ServicebotProperties(
        @NotNull ZoneId timeZone,
        @Valid @NotNull Tickets tickets,
        @Valid @NotNull Mail mail,
        @Valid @NotNull Outbox outbox,
        @Valid @NotNull Orders orders,
        @Valid @NotNull Notifications notifications,
        @Valid @NotNull Documents documents,
        @Valid @NotNull Company company) {

    /** An absolute http or https address without blanks, as every URL setting must be. */
    public static final String HTTP_URL = "https?://[^\\s/?#]+(/\\S*)?";

    /** A comma-separated list as set: each entry stripped, blank ones dropped, none when the setting is absent. */
    public static Set<String> listed(Set<String> entries) {
        return entries == null
                ? Set.of()
                : entries.stream()
                        .map(String::strip)
                        .filter(entry -> !entry.isEmpty())
                        .collect(Collectors.toUnmodifiableSet());
    }

    /**
     * @param chat {@code last}: a chat notification goes to the chat channel the person used last (Teams or
     *     Slack); {@code all}: to every chat channel that reaches them
     */
    public record Notifications(
            @NotNull @jakarta.validation.constraints.Pattern(regexp = "last|all")
            String chat) {

        public boolean allChats() {
            return "all".equals(chat);
        }
    }

    /**
     * @param publicUrl the address under which staff reach Servicebot from their browser, e.g.
     *     {@code https://servicebot.example.de}; the links to documents on ticket cards start with it (without it they
     *     are relative, which only the local console can open)
     * @param linkSecret the key that signs document links; instances behind one address need the same one. Without
     *     it, each start draws its own, and links end with a restart
     * @param linkValidity how long a document link on a card works
     */
    /** @param address the company's address under its name on printed delivery notes, lines separated by {@code \n} */
    public record Company(
            @jakarta.validation.constraints.Size(max = 500) String address) {

        public Company {
            address = address == null ? "" : address;
        }
    }

    public record Documents(
            @jakarta.validation.constraints.Pattern(regexp = "(" + HTTP_URL + ")?")
            String publicUrl,

            String linkSecret,
            @NotNull Duration linkValidity) {}

    /** @param creationTime what creating a ticket takes unless the creator says otherwise ("Ticketerstellung") */
    public record Tickets(@NotNull Duration creationTime) {}

    /**
     * @param host the SMTP server, e.g. {@code smtp.office365.com}
     * @param port its port (587 for STARTTLS, 465 for SMTPS, 25 plain)
     * @param username login, if the server wants one
     * @param password password, if the server wants one
     * @param startTls whether to switch to TLS after connecting
     * @param from the sender address of every mail
     * @param senderName the sender's name, shown under every mail (usually the company's name)
     */
    public record Mail(
            @NotBlank String host,
            @Min(1) @Max(65535) int port,
            String username,
            String password,
            boolean startTls,
            @NotBlank @Email String from,
            @NotBlank String senderName) {}

    /**
     * @param firstRetry the wait before the first retry of a failed delivery
     * @param backoffFactor how much longer each further wait is
     * @param maxRetryDelay the longest wait between two tries; deliveries are retried until they succeed
     */
    public record Outbox(
            @NotNull Duration firstRetry,
            @DecimalMin("1.0") double backoffFactor,
            @NotNull Duration maxRetryDelay) {}

    /**
     * @param apiKey the key the ERP sends in {@code X-Api-Key} with every order; without one, {@code /api/orders}
     *     refuses everything
     * @param maxDocumentSize the largest order document (PDF) taken
     * @param maxOrderSize the largest order (JSON) taken
     */
    public record Orders(
            String apiKey,
            @NotNull DataSize maxDocumentSize,
            @NotNull DataSize maxOrderSize) {

        /** Whether an API key is set at all. */
        public boolean enabled() {
            return apiKey != null && !apiKey.isBlank();
        }
    }
}
