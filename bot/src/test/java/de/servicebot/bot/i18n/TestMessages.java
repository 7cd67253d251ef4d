package de.servicebot.bot.i18n;

import org.springframework.context.support.ResourceBundleMessageSource;

/** The application's message bundles, configured as {@code application.yml} configures them, without Spring Boot. */
public final class TestMessages {

    private TestMessages() {}

    public static Messages create() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("i18n/messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        source.setAlwaysUseMessageFormat(true);
        return new Messages(source);
    }
}
