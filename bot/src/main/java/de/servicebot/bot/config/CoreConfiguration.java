package de.servicebot.bot.config;

import de.servicebot.adapter.mail.MailSettings;
import de.servicebot.core.shared.DomainException;
import de.servicebot.core.shared.EmailAddress;
import de.servicebot.core.shared.Transactions;
import de.servicebot.core.shared.Versioned;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Turns the validated settings into the plain values and ports core and the adapters are built from. */
@Configuration(proxyBeanMethods = false)
public class CoreConfiguration {

    @Bean
    Clock clock(ServicebotProperties properties) {
        return Clock.system(properties.timeZone());
    }

    @Bean
    Transactions transactions(PlatformTransactionManager transactionManager) {
        TransactionTemplate template = new TransactionTemplate(transactionManager);
        return new Transactions() {
            @Override
            public <T> T inTransaction(Supplier<T> work) {
                return template.execute(status -> work.get());
            }

            @Override
            public <T> T inTransaction(Supplier<T> work, Predicate<? super T> undo) {
                return template.execute(status -> {
                    T result = work.get();
                    if (undo.test(result)) {
                        status.setRollbackOnly();
                    } else if (status.isRollbackOnly()) {
                        throw new DomainException(Versioned.CONCURRENT_CHANGE);
                    }
                    return result;
                });
            }
        };
    }

    @Bean
    MailSettings mailSettings(ServicebotProperties properties) {
        return new MailSettings(
                EmailAddress.of(properties.mail().from()), properties.mail().senderName());
    }

    @Bean
    JavaMailSender javaMailSender(ServicebotProperties properties) {
        ServicebotProperties.Mail mail = properties.mail();
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost(mail.host());
        sender.setPort(mail.port());
        sender.setDefaultEncoding(StandardCharsets.UTF_8.name());
        if (mail.username() != null && !mail.username().isBlank()) {
            sender.setUsername(mail.username());
            sender.setPassword(mail.password());
            sender.getJavaMailProperties().put("mail.smtp.auth", "true");
        }
        sender.getJavaMailProperties().put("mail.smtp.starttls.enable", String.valueOf(mail.startTls()));
        sender.getJavaMailProperties().put("mail.smtp.connectiontimeout", "10000");
        // longer than a slow server takes to answer, so that a mail it does take is not sent again
        sender.getJavaMailProperties().put("mail.smtp.timeout", "60000");
        sender.getJavaMailProperties().put("mail.smtp.writetimeout", "60000");
        return sender;
    }
}
