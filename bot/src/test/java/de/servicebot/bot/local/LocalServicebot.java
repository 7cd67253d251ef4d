package de.servicebot.bot.local;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import de.servicebot.adapter.postgres.EmbeddedDatabase;
import de.servicebot.bot.ServicebotApplication;
import de.servicebot.bot.TestSettings;
import de.servicebot.local.console.ConsoleConnector;
import de.servicebot.local.console.ConsolePage;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;

/**
 * The local run ({@code ./mvnw -pl bot -am test-compile spring-boot:test-run}): Servicebot on an embedded
 * PostgreSQL whose data stays in {@code .local-data/} of the checkout, with an in-process mail server and the demo
 * company. It listens on localhost only. Being test code, none of it can reach a production build.
 */
public final class LocalServicebot {

    private static final Logger log = LoggerFactory.getLogger(LocalServicebot.class);

    private LocalServicebot() {}

    /**
     * Starts the local run and stops it in order on Ctrl-C: first Servicebot (web server, scheduler, chat
     * connections), then the mail server, the database last. A start that fails stops what was started and exits
     * with status 1, the cause logged by Spring Boot.
     */
    public static void main(String[] args) {
        Path dataDir = Path.of(System.getProperty("servicebot.local.data-dir", ".local-data"));
        Optional<Running> running = launch(dataDir, args);
        if (running.isEmpty()) {
            System.exit(1);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(running.get()::stop, "local-run-stop"));
        log.info(
                "Servicebot runs locally: the console at http://localhost:{}/, data in {}",
                ((WebServerApplicationContext) running.get().app())
                        .getWebServer()
                        .getPort(),
                dataDir.toAbsolutePath());
    }

    /** The local run started on the data in {@code dataDir}; empty, with everything stopped again, if it failed. */
    static Optional<Running> launch(Path dataDir, String... args) {
        EmbeddedDatabase database = EmbeddedDatabase.persistentInStoppedByCaller(dataDir.resolve("postgres"));
        GreenMail mail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        try {
            mail.start();
            return Optional.of(new Running(start(database.springProperties(), mail, args), mail, database));
        } catch (RuntimeException failed) {
            log.error("The local run did not start: {}; database and mail server stopped", failed.getMessage());
            mail.stop();
            database.stop();
            return Optional.empty();
        }
    }

    /** What the local run started, stopped in the order that leaves nothing using what is already gone. */
    record Running(ConfigurableApplicationContext app, GreenMail mail, EmbeddedDatabase database) {

        void stop() {
            app.close();
            mail.stop();
            database.stop();
        }
    }

    /**
     * Servicebot as the local run starts it: on the given database, sending mail to the given in-process server whose
     * mails the console shows, listening on localhost only, with the console and the demo company.
     */
    /** The ERP key of the local run, for trying {@code /api/orders} with curl. */
    public static final String LOCAL_ERP_KEY = "local-erp-key";

    public static ConfigurableApplicationContext start(Map<String, String> database, GreenMail mail, String... args) {
        Map<String, Object> settings = new HashMap<>(database);
        settings.putAll(TestSettings.mailAndOutbox(mail.getSmtp().getPort()));
        settings.put("servicebot.mail.from", "servicebot@servicebot.local");
        settings.put("servicebot.mail.sender-name", "Servicebot (lokal)");
        settings.put("server.address", "127.0.0.1");
        settings.put("servicebot.teams.authentication", "false");
        settings.put("spring.profiles.active", "local");
        settings.put("servicebot.orders.api-key", LOCAL_ERP_KEY);

        return new SpringApplicationBuilder(
                        ServicebotApplication.class, LocalDemo.class, ConsoleConnector.class, ConsolePage.class)
                .initializers(context -> context.getBeanFactory().registerSingleton("localMailServer", mail))
                .registerShutdownHook(false)
                .run(concat(TestSettings.asArguments(settings), args));
    }

    private static String[] concat(String[] first, String[] second) {
        String[] all = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return all;
    }

    /** Beans of the local run only; registered as a source, never found by component scanning. */
    static class LocalDemo {

        @Bean
        DemoData demoData(org.springframework.beans.factory.BeanFactory app) {
            return DemoData.in(app);
        }

        @Bean
        ApplicationRunner loadDemoData(DemoData demoData) {
            return arguments -> {
                if (demoData.loadIfAbsent()) {
                    log.info(
                            "Demo data loaded: staff in every role, customers, types with checklists, categories,"
                                    + " text templates, order {}",
                            DemoData.ORDER);
                } else {
                    log.info("Demo data already present; left as it is");
                }
            };
        }
    }
}
