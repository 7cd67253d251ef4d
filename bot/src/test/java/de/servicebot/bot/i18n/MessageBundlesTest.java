package de.servicebot.bot.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import de.servicebot.core.shared.DomainException;
import de.servicebot.core.shared.Language;
import de.servicebot.core.staff.Permission;
import de.servicebot.core.staff.Role;
import de.servicebot.core.ticket.TicketStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class MessageBundlesTest {

    /** A key in {@code say.text("key"…)}, {@code messages.text(language, "key"…)} or a ticket button's label. */
    private static final Pattern TEXT_KEY =
            Pattern.compile("\\.text\\(\\s*(?:[A-Za-z_.()]+,\\s*)?\"([a-z]+(?:\\.[a-zA-Z0-9-]+)+)\""
                    + "|new TicketButton\\(\\s*TicketAction\\.[A-Z_]+,\\s*\"([a-z]+(?:\\.[a-z0-9-]+)+)\"");

    private static final Pattern CODE = Pattern.compile("\"([a-z]+\\.[a-z]+(?:-[a-z]+)*)\"");

    private final Properties german = load("i18n/messages.properties");
    private final Properties english = load("i18n/messages_en.properties");
    private final Messages messages = TestMessages.create();

    @Test
    void bothLanguagesHoldTheSameKeys() {
        assertThat(new TreeSet<>(english.stringPropertyNames()))
                .as("English keys")
                .isEqualTo(new TreeSet<>(german.stringPropertyNames()));
    }

    @Test
    void everyErrorCodeInCoreHasATextInBothLanguages() throws IOException {
        Set<String> codes = errorCodesInCore();

        assertThat(codes).as("codes found in core").hasSizeGreaterThan(50).contains("ticket.contact-missing");
        assertThat(german.stringPropertyNames()).as("German texts").containsAll(codes);
        assertThat(english.stringPropertyNames()).as("English texts").containsAll(codes);
    }

    @Test
    void everyTextTheBotAsksForExistsInBothLanguages() throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src", "main", "java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher asked = TEXT_KEY.matcher(Files.readString(file));
                while (asked.find()) {
                    keys.add(asked.group(1) != null ? asked.group(1) : asked.group(2));
                }
            }
        }

        assertThat(keys).as("keys found in bot").hasSizeGreaterThan(60).contains("button.resolve", "list.mine.title");
        assertThat(german.stringPropertyNames()).as("German texts").containsAll(keys);
        assertThat(english.stringPropertyNames()).as("English texts").containsAll(keys);
    }

    @Test
    void everyStatusAndRoleHasAName() {
        for (Language language : Language.values()) {
            for (TicketStatus status : TicketStatus.values()) {
                assertThat(messages.text(language, "enum.TicketStatus." + status.name()))
                        .isNotBlank();
            }
            for (Permission permission : Permission.values()) {
                assertThat(messages.text(language, "enum.Permission." + permission.name()))
                        .isNotBlank();
            }
            for (Role role : Role.values()) {
                assertThat(messages.text(language, "enum.Role." + role.name())).isNotBlank();
            }
        }
    }

    @Test
    void everyTextFormatsWithArgumentsAndShowsNoQuotingLeftovers() {
        for (Language language : Language.values()) {
            for (String key : german.stringPropertyNames()) {
                String text = messages.text(language, key, "«a»", "«b»", "«c»");

                assertThat(text).as("%s %s", language, key).doesNotContain("''").doesNotContain("{0}");
            }
        }
    }

    @Test
    void localizesTheArgumentsOfARefusal() {
        DomainException transition = new DomainException(
                "ticket.invalid-transition", "T-2026-00042", TicketStatus.NEW, TicketStatus.RESOLVED);
        DomainException roles = new DomainException("staff.role-required", List.of(Role.SALES, Role.ADMIN));
        DomainException day = new DomainException("time.only-same-day", LocalDate.of(2026, 11, 25));

        assertThat(messages.of(transition, Language.DE))
                .isEqualTo("Ticket T-2026-00042 ist „Neu“ und kann nicht auf „Erledigt“ wechseln.");
        assertThat(messages.of(transition, Language.EN))
                .isEqualTo("Ticket T-2026-00042 is \"New\" and cannot change to \"Resolved\".");
        assertThat(messages.of(roles, Language.DE))
                .isEqualTo("Dafür brauchst du eine dieser Rollen: Vertrieb oder Admin.");
        assertThat(messages.of(day, Language.DE)).endsWith("dieser ist vom 25.11.2026.");
        assertThat(messages.of(day, Language.EN)).endsWith("this one is from Nov 25, 2026.");
    }

    @Test
    void showsPlaceholderBracesInTheTemplateHint() {
        assertThat(messages.of(new DomainException("template.unknown-placeholder", "{{Termin}}"), Language.DE))
                .startsWith("Den Platzhalter {{Termin}} kenne ich nicht. Möglich sind {{Kunde}}, {{Ansprechpartner}}");
    }

    /** Every string literal in core's sources that looks like an error code ({@code feature.problem}). */
    private static Set<String> errorCodesInCore() throws IOException {
        Set<String> codes = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("..", "core", "src", "main", "java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher matcher = CODE.matcher(Files.readString(file));
                while (matcher.find()) {
                    codes.add(matcher.group(1));
                }
            }
        }
        return codes;
    }

    private static Properties load(String resource) {
        try (InputStream in = MessageBundlesTest.class.getClassLoader().getResourceAsStream(resource)) {
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
