package de.servicebot.bot.feature.document;

import de.servicebot.bot.config.ServicebotProperties;
import de.servicebot.bot.conversation.TicketSection;
import de.servicebot.core.document.DocumentService;
import de.servicebot.core.document.Documents;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

@Configuration(proxyBeanMethods = false)
class DocumentFeatureConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DocumentFeatureConfiguration.class);

    @Bean
    DocumentService documentService(Documents documents) {
        return new DocumentService(documents);
    }

    @Bean
    DocumentLinks documentLinks(ServicebotProperties properties, Clock clock) {
        ServicebotProperties.Documents settings = properties.documents();
        if (settings.linkSecret() == null || settings.linkSecret().isBlank()) {
            log.warn("No servicebot.documents.link-secret set: document links work on this instance until it stops");
        }
        if (settings.publicUrl() == null || settings.publicUrl().isBlank()) {
            log.warn("No servicebot.documents.public-url set: document links on cards are relative and open in the"
                    + " local console only, not from Teams or Slack");
        }
        return new DocumentLinks(settings.publicUrl(), settings.linkSecret(), settings.linkValidity(), clock);
    }

    @Bean
    @Order(55)
    TicketSection documentSection(DocumentService documents, DocumentLinks links, Clock clock) {
        return new DocumentSection(documents, links, clock.getZone());
    }
}
