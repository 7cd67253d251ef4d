package de.servicebot.bot.feature.ticket;

import de.servicebot.bot.conversation.TicketViews;
import de.servicebot.core.customer.CustomerService;
import de.servicebot.core.ticket.TicketService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

@Configuration(proxyBeanMethods = false)
class TicketFeatureConfiguration {

    @Bean
    @Order(20)
    TicketFeature ticketFeature(TicketService tickets, CustomerService customers, TicketViews views) {
        return new TicketFeature(tickets, customers, views);
    }
}
