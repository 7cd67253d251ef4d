package de.servicebot.bot.feature.creation;

import de.servicebot.bot.conversation.TicketButton;
import de.servicebot.bot.conversation.TicketViews;
import de.servicebot.core.catalog.CatalogService;
import de.servicebot.core.creation.CreationService;
import de.servicebot.core.customer.CustomerService;
import de.servicebot.core.notification.MailPreview;
import de.servicebot.core.staff.StaffService;
import de.servicebot.core.ticket.TicketService;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

@Configuration(proxyBeanMethods = false)
class CreationFeatureConfiguration {

    @Bean
    @Order(10)
    CreationFeature creationFeature(
            CreationService creation, CustomerService customers, CatalogService catalog, TicketViews views) {
        return new CreationFeature(creation, customers, catalog, views);
    }

    @Bean
    @Order(25)
    ForwardFeature forwardFeature(
            CreationService creation,
            TicketService tickets,
            StaffService staff,
            TicketViews views,
            MailPreview previews,
            Clock clock) {
        return new ForwardFeature(creation, tickets, staff, views, previews, clock);
    }

    @Bean
    @Order(25)
    TicketButton forwardButton() {
        return CreationFeature.FORWARD_BUTTON;
    }
}
