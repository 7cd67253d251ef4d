package de.servicebot.bot.outbox;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.boot.autoconfigure.Jackson3Serializer;
import com.github.kagkarlsson.scheduler.boot.config.DbSchedulerCustomizer;
import com.github.kagkarlsson.scheduler.serializer.Serializer;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import de.servicebot.bot.config.ServicebotProperties;
import de.servicebot.bot.i18n.Messages;
import de.servicebot.core.notification.Mailer;
import de.servicebot.core.notification.Notifier;
import de.servicebot.core.shared.Transactions;
import de.servicebot.core.staff.ChatReferences;
import de.servicebot.core.staff.StaffRepository;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/** The outbox task, its retry policy, and the {@link Notifier} that queues into it. */
@Configuration(proxyBeanMethods = false)
public class OutboxConfiguration {

    /** The task name in {@code scheduled_tasks}; every queued notification is one instance of it. */
    public static final String TASK_NAME = "outbox";

    @Bean
    Outbox outbox(@Lazy Scheduler scheduler, Clock clock, ServicebotProperties properties) {
        ServicebotProperties.Outbox retry = properties.outbox();
        return new Outbox(
                scheduler,
                clock,
                new CappedBackoff<>(retry.firstRetry(), retry.backoffFactor(), retry.maxRetryDelay()));
    }

    @Bean
    OneTimeTask<OutboxMessage> outboxTask(
            Outbox outbox,
            Mailer mailer,
            ObjectProvider<ChatChannel> chats,
            StaffRepository staff,
            ChatReferences references,
            Messages messages,
            Transactions transactions,
            ServicebotProperties properties,
            List<NotificationButton> buttons) {
        AtomicReference<OneTimeTask<OutboxMessage>> self = new AtomicReference<>();
        OutboxDelivery delivery = new OutboxDelivery(
                mailer,
                chats.orderedStream().toList(),
                staff,
                references,
                new NotificationViews(messages, buttons),
                properties.notifications().allChats() ? OutboxDelivery.Chats.ALL : OutboxDelivery.Chats.LAST,
                copies -> transactions.run(
                        () -> copies.forEach(copy -> outbox.queue(self.get(), copy.key() + ":" + copy.via(), copy))));
        self.set(outbox.task(TASK_NAME, OutboxMessage.class, delivery::deliver));
        return self.get();
    }

    @Bean
    Notifier notifier(Outbox outbox, OneTimeTask<OutboxMessage> outboxTask) {
        return new OutboxNotifier(outbox, outboxTask);
    }

    /** Task data is stored as JSON, readable in the database, instead of Java serialization. */
    @Bean
    DbSchedulerCustomizer jsonTaskData() {
        return new DbSchedulerCustomizer() {
            @Override
            public Optional<Serializer> serializer() {
                return Optional.of(new Jackson3Serializer());
            }
        };
    }
}
