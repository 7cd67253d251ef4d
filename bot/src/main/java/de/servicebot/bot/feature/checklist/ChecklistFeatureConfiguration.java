package de.servicebot.bot.feature.checklist;

import de.servicebot.bot.conversation.TicketButton;
import de.servicebot.bot.conversation.TicketSection;
import de.servicebot.bot.conversation.TicketViews;
import de.servicebot.core.checklist.ChecklistService;
import de.servicebot.core.staff.StaffService;
import de.servicebot.core.ticket.TicketService;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

@Configuration(proxyBeanMethods = false)
class ChecklistFeatureConfiguration {

    @Bean
    @Order(50)
    ChecklistFeature checklistFeature(
            ChecklistService checklists, TicketService tickets, StaffService staff, TicketViews views, Clock clock) {
        return new ChecklistFeature(checklists, tickets, staff, views, clock);
    }

    @Bean
    @Order(50)
    TicketSection checklistSection(ChecklistService checklists) {
        return ChecklistFeature.section(checklists);
    }

    @Bean
    @Order(50)
    TicketButton showButton() {
        return ChecklistFeature.SHOW_BUTTON;
    }

    @Bean
    @Order(50)
    TicketButton resolveButton() {
        return ChecklistFeature.RESOLVE_BUTTON;
    }

    @Bean
    @Order(50)
    TicketButton reopenButton() {
        return ChecklistFeature.REOPEN_BUTTON;
    }
}
