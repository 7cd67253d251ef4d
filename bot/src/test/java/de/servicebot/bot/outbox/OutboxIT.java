package de.servicebot.bot.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import de.servicebot.bot.BotIntegrationTest;
import de.servicebot.bot.TestMailServer;
import de.servicebot.core.customer.Customer;
import de.servicebot.core.customer.CustomerFixtures;
import de.servicebot.core.customer.CustomerRepository;
import de.servicebot.core.notification.Notification;
import de.servicebot.core.notification.NotificationTemplate;
import de.servicebot.core.notification.Notifier;
import de.servicebot.core.notification.Recipient;
import de.servicebot.core.shared.EmailAddress;
import de.servicebot.core.shared.Language;
import de.servicebot.core.shared.Transactions;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class OutboxIT extends BotIntegrationTest {

    private final TestMailServer mailServer = TestMailServer.shared();

    @Autowired
    Notifier notifier;

    @Autowired
    Transactions transactions;

    @Autowired
    CustomerRepository customers;

    @Autowired
    JdbcClient jdbc;

    @Test
    void deliversAQueuedMailAfterTheChangeIsCommitted() {
        Notification receipt = receipt();

        transactions.run(() -> notifier.send(receipt));

        await().atMost(Duration.ofSeconds(10))
                .until(() -> mailServer.receivedWithKey(receipt.key()).size() == 1);
        assertThat(pending(receipt.key())).isEmpty();
    }

    @Test
    void sendsNothingForAChangeThatRollsBack() {
        Customer customer = CustomerFixtures.aCustomer("Rollback " + UUID.randomUUID());
        Notification lost = receipt();

        assertThatThrownBy(() -> transactions.run(() -> {
                    customers.save(customer);
                    notifier.send(lost);
                    throw new IllegalStateException("the change fails after queuing its mail");
                }))
                .hasMessageContaining("the change fails");

        Notification later = receipt();
        transactions.run(() -> notifier.send(later));
        await().atMost(Duration.ofSeconds(10))
                .until(() -> mailServer.receivedWithKey(later.key()).size() == 1);
        assertThat(mailServer.receivedWithKey(lost.key())).isEmpty();
        assertThat(pending(lost.key())).isEmpty();
        assertThat(customers.findById(customer.id())).isEmpty();
    }

    @Test
    void deliversOnTheThirdTryWhenTheMailServerFailedTwice() {
        Notification receipt = receipt();
        mailServer.stop();
        try {
            transactions.run(() -> notifier.send(receipt));

            await().atMost(Duration.ofSeconds(10))
                    .pollInterval(Duration.ofMillis(20))
                    .until(() -> pending(receipt.key()).orElse(0) == 2);
        } finally {
            mailServer.start();
        }

        await().atMost(Duration.ofSeconds(10))
                .until(() -> mailServer.receivedWithKey(receipt.key()).size() == 1);
        assertThat(pending(receipt.key())).isEmpty();
        assertThat(mailServer.receivedWithKey(receipt.key())).hasSize(1);
    }

    @Test
    void sendsAKeyQueuedTwiceOnlyOnce() {
        Notification receipt = receipt();
        Notification sentinel = receipt();

        transactions.run(() -> notifier.send(receipt));
        transactions.run(() -> notifier.send(receipt));
        transactions.run(() -> notifier.send(sentinel));

        await().atMost(Duration.ofSeconds(10))
                .until(() -> mailServer.receivedWithKey(sentinel.key()).size() == 1);
        assertThat(mailServer.receivedWithKey(receipt.key())).hasSize(1);
    }

    @Test
    void refusesToQueueOutsideATransaction() {
        assertThatThrownBy(() -> notifier.send(receipt()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("inside the transaction");
    }

    /** The consecutive failures of a queued message, if it is still waiting. */
    private Optional<Integer> pending(String key) {
        return jdbc.sql(
                        "select coalesce(consecutive_failures, 0) from scheduled_tasks where task_name = ? and task_instance = ?")
                .param(OutboxConfiguration.TASK_NAME)
                .param(key)
                .query(Integer.class)
                .optional();
    }

    static Notification receipt() {
        String key = "test-receipt:" + UUID.randomUUID();
        return new Notification(
                key,
                new Recipient.Mail(EmailAddress.of("anna@kunde.test"), "Anna Berger"),
                NotificationTemplate.TICKET_RECEIVED,
                Language.DE,
                Map.of("ticketNumber", "T-2026-00042", "subject", "Drucker", "contactName", "Anna Berger"));
    }
}
