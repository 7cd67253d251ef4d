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

    public static void main(String[] args) {
        Path dataDir = Path.of(System.getProperty("servicebot.local.data-dir", ".local-data"));
        EmbeddedDatabase database = EmbeddedDatabase.persistentIn(dataDir.resolve("postgres"));
        GreenMail mail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        ConfigurableApplicationContext app = start(database.springProperties(), mail, args);
        log.info(
                "Servicebot runs locally: the console at http://localhost:{}/, data in {}",
                ((WebServerApplicationContext) app).getWebServer().getPort(),
                dataDir.toAbsolutePath());
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
