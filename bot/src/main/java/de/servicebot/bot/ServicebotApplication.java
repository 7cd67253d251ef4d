package de.servicebot.bot;

import de.servicebot.adapter.mail.MailConfiguration;
import de.servicebot.adapter.postgres.PostgresConfiguration;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Import;

@SpringBootApplication
@ConfigurationPropertiesScan
@Import({PostgresConfiguration.class, MailConfiguration.class})
public class ServicebotApplication {

    public static void main(String[] args) {
        SpringApplication.run(ServicebotApplication.class, args);
    }
}
