package de.servicebot.bot.outbox;

import static org.awaitility.Awaitility.await;

import de.servicebot.adapter.postgres.EmbeddedDatabase;
import de.servicebot.bot.ServicebotApplication;
import de.servicebot.bot.SlowSmtpProxy;
import de.servicebot.bot.TestMailServer;
import de.servicebot.bot.TestSettings;
import de.servicebot.core.notification.Notification;
import de.servicebot.core.notification.Notifier;
import de.servicebot.core.shared.Transactions;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** A mail server that takes 25 s to confirm a mail gets it once: the bot waits longer than that before retrying. */
class OutboxSlowMailIT {

    private final TestMailServer mailServer = TestMailServer.shared();

    @Test
    void aMailServerAnsweringAfter25SecondsGetsEachMailOnce() throws Exception {
        try (SlowSmtpProxy slow = new SlowSmtpProxy(mailServer.port(), Duration.ofSeconds(25))) {
            Map<String, Object> settings =
                    new HashMap<>(EmbeddedDatabase.shared().newDatabase("outbox_slow_mail"));
            settings.putAll(TestSettings.mailAndOutbox(slow.port()));
            settings.put("server.port", "0");
            Notification receipt = OutboxIT.receipt();

            try (ConfigurableApplicationContext app =
                    new SpringApplicationBuilder(ServicebotApplication.class).run(TestSettings.asArguments(settings))) {
                app.getBean(Transactions.class)
                        .run(() -> app.getBean(Notifier.class).send(receipt));

                await().atMost(Duration.ofSeconds(10))
                        .until(() -> mailServer.receivedWithKey(receipt.key()).size() == 1);
                await().atMost(Duration.ofSeconds(40))
                        .pollInterval(Duration.ofSeconds(1))
                        .until(() -> OutboxRestartIT.waiting(app, receipt.key()) == 0);
                await().during(Duration.ofSeconds(2))
                        .atMost(Duration.ofSeconds(3))
                        .until(() -> mailServer.receivedWithKey(receipt.key()).size() == 1);
            }
        }
    }
}
