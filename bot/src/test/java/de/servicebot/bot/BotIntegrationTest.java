package de.servicebot.bot;

import de.servicebot.adapter.postgres.EmbeddedDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole application on a real PostgreSQL (embedded), a real SMTP server (GreenMail) and WireMock playing
 * Microsoft's side of Teams and another playing Slack's Web API, started once and shared by every test class that extends this, on a random HTTP port.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class BotIntegrationTest {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        EmbeddedDatabase.shared().springProperties().forEach((key, value) -> registry.add(key, () -> value));
        TestSettings.mailAndOutbox(TestMailServer.shared().port())
                .forEach((key, value) -> registry.add(key, () -> value));
        TestSettings.orders().forEach((key, value) -> registry.add(key, () -> value));
        TestConnector.shared().settings().forEach((key, value) -> registry.add(key, () -> value));
        TestSlack.shared().settings().forEach((key, value) -> registry.add(key, () -> value));
    }
}
