package de.servicebot.bot.feature.call;

import de.servicebot.bot.conversation.TicketButton;
import de.servicebot.bot.conversation.TicketSection;
import de.servicebot.bot.conversation.TicketViews;
import de.servicebot.core.call.CallService;
import de.servicebot.core.ticket.TicketService;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

@Configuration(proxyBeanMethods = false)
class CallFeatureConfiguration {

    @Bean
    @Order(40)
    CallFeature callFeature(CallService calls, TicketService tickets, TicketViews views) {
        return new CallFeature(calls, tickets, views);
    }

    @Bean
    @Order(40)
    TicketButton logButton() {
        return CallFeature.LOG_BUTTON;
    }

    @Bean
    @Order(40)
    TicketSection callSection(CallService calls, Clock clock) {
        return CallFeature.section(calls, clock);
    }
}
