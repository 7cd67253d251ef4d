package de.servicebot.bot.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.kagkarlsson.scheduler.Scheduler;
import de.servicebot.adapter.postgres.EmbeddedDatabase;
import de.servicebot.bot.ServicebotApplication;
import de.servicebot.bot.TestMailServer;
import de.servicebot.bot.TestSettings;
import de.servicebot.core.notification.Notification;
import de.servicebot.core.notification.Notifier;
import de.servicebot.core.shared.Transactions;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A message queued before a shutdown is delivered by the next start; nothing waits in memory only. */
class OutboxRestartIT {

    private static final Logger log = LoggerFactory.getLogger(OutboxRestartIT.class);

    private final TestMailServer mailServer = TestMailServer.shared();

    @Test
    void deliversAMessageQueuedBeforeTheApplicationRestarted() {
        Map<String, Object> settings = new HashMap<>(EmbeddedDatabase.shared().newDatabase("outbox_restart"));
        settings.putAll(TestSettings.mailAndOutbox(mailServer.port()));
        settings.put("server.port", "0");
        Notification receipt = OutboxIT.receipt();

        try (ConfigurableApplicationContext before = start(settings)) {
            before.getBean(Scheduler.class).pause();
            before.getBean(Transactions.class)
                    .run(() -> before.getBean(Notifier.class).send(receipt));
            assertThat(waiting(before, receipt.key())).isEqualTo(1);
        }
        assertThat(mailServer.receivedWithKey(receipt.key())).isEmpty();

        try (ConfigurableApplicationContext after = start(settings)) {
            await().atMost(Duration.ofSeconds(15))
                    .until(() -> mailServer.receivedWithKey(receipt.key()).size() == 1);
            assertThat(waiting(after, receipt.key())).isZero();
        }
    }

    /**
     * An instance that picked a delivery and was killed leaves it picked, with a heartbeat that no longer moves. The
     * next instance, with the production heartbeat settings, takes it over and delivers it within two minutes.
     */
    @Test
    void aDeliveryPickedByAKilledInstanceIsDeliveredByTheNextWithinTwoMinutes() {
        Map<String, Object> settings = new HashMap<>(EmbeddedDatabase.shared().newDatabase("outbox_takeover"));
        settings.putAll(TestSettings.mailAndOutbox(mailServer.port()));
        settings.put("server.port", "0");
        Notification receipt = OutboxIT.receipt();

        try (ConfigurableApplicationContext killed = start(settings)) {
            killed.getBean(Scheduler.class).pause();
            killed.getBean(Transactions.class)
                    .run(() -> killed.getBean(Notifier.class).send(receipt));
            int picked = killed.getBean(JdbcClient.class)
                    .sql("update scheduled_tasks set picked = true, picked_by = 'killed-instance', "
                            + "last_heartbeat = now(), version = version + 1 where task_instance = ?")
                    .param(receipt.key())
                    .update();
            assertThat(picked).isEqualTo(1);
        }

        long started = System.nanoTime();
        try (ConfigurableApplicationContext next = start(settings)) {
            await().atMost(Duration.ofMinutes(2))
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> mailServer.receivedWithKey(receipt.key()).size() == 1);
            log.info(
                    "Delivery of a killed instance taken over after {} s",
                    Duration.ofNanos(System.nanoTime() - started).toSeconds());
            await().atMost(Duration.ofSeconds(5)).until(() -> waiting(next, receipt.key()) == 0);
        }
        assertThat(mailServer.receivedWithKey(receipt.key())).hasSize(1);
    }

    private static ConfigurableApplicationContext start(Map<String, Object> settings) {
        return new SpringApplicationBuilder(ServicebotApplication.class).run(TestSettings.asArguments(settings));
    }

    /** How many deliveries with the key wait in the outbox. */
    static int waiting(ConfigurableApplicationContext context, String key) {
        return context.getBean(JdbcClient.class)
                .sql("select count(*) from scheduled_tasks where task_instance = ?")
                .param(key)
                .query(Integer.class)
                .single();
    }
}
