package de.servicebot.bot.feature.time;

import de.servicebot.bot.conversation.TicketButton;
import de.servicebot.bot.conversation.TicketSection;
import de.servicebot.bot.conversation.TicketViews;
import de.servicebot.core.catalog.CatalogService;
import de.servicebot.core.staff.StaffService;
import de.servicebot.core.ticket.TicketService;
import de.servicebot.core.time.TimeService;
import java.time.Clock;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

@Configuration(proxyBeanMethods = false)
class TimeFeatureConfiguration {

    @Bean
    @Order(30)
    TimeFeature timeFeature(
            TimeService time,
            CatalogService catalog,
            StaffService staff,
            TicketService tickets,
            TicketViews views,
            Clock clock,
            List<TimeEntryFollowUp> followUps) {
        return new TimeFeature(time, catalog, staff, tickets, views, clock, followUps);
    }

    @Bean
    @Order(30)
    TicketButton bookButton() {
        return TimeFeature.BOOK_BUTTON;
    }

    @Bean
    @Order(30)
    TicketButton sheetButton() {
        return TimeFeature.SHEET_BUTTON;
    }

    @Bean
    @Order(30)
    TicketSection timeSection(TimeService time) {
        return TimeFeature.section(time);
    }
}
