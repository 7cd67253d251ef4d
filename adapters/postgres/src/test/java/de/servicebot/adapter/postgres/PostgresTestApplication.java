package de.servicebot.adapter.postgres;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;

/** The smallest application that runs the adapter: Boot's DataSource and Flyway, plus our repositories. */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(PostgresConfiguration.class)
public class PostgresTestApplication {

    /** Points Spring Boot at the shared embedded PostgreSQL. */
    public static void useEmbeddedDatabase(DynamicPropertyRegistry registry) {
        EmbeddedDatabase.shared().springProperties().forEach((key, value) -> registry.add(key, () -> value));
    }
}
