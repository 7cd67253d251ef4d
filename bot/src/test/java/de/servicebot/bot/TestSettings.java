package de.servicebot.bot;

import java.util.Map;

/** Settings every test run uses: the test mail server, and retries and polling fast enough to watch. */
public final class TestSettings {

    private TestSettings() {}

    /** Settings as command-line arguments, which win over {@code application.yml} (unlike default properties). */
    public static String[] asArguments(Map<String, ?> settings) {
        return settings.entrySet().stream()
                .map(setting -> "--" + setting.getKey() + "=" + setting.getValue())
                .toArray(String[]::new);
    }

    public static Map<String, String> mailAndOutbox(int smtpPort) {
        return Map.of(
                "servicebot.mail.host", "127.0.0.1",
                "servicebot.mail.port", String.valueOf(smtpPort),
                "servicebot.mail.start-tls", "false",
                "servicebot.mail.from", "servicebot@it-service.test",
                "servicebot.mail.sender-name", "IT-Service Müller",
                "servicebot.outbox.first-retry", "300ms",
                "servicebot.outbox.backoff-factor", "2",
                "servicebot.outbox.max-retry-delay", "5s",
                "db-scheduler.polling-interval", "200ms");
    }

    /** The ERP's key for the order intake, and a document limit small enough to exceed in a test. */
    public static final String ERP_KEY = "erp-test-key-0815";

    public static Map<String, String> orders() {
        return Map.of(
                "servicebot.orders.api-key", ERP_KEY,
                "servicebot.orders.max-document-size", "64KB",
                "servicebot.orders.max-order-size", "16KB");
    }
}
