package de.servicebot.bot.feature.appointment;

import de.servicebot.bot.conversation.TicketButton;
import de.servicebot.bot.conversation.TicketViews;
import de.servicebot.core.appointment.AppointmentService;
import de.servicebot.core.ticket.TicketService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

@Configuration(proxyBeanMethods = false)
class AppointmentFeatureConfiguration {

    @Bean
    @Order(27)
    AppointmentFeature appointmentFeature(AppointmentService appointments, TicketService tickets, TicketViews views) {
        return new AppointmentFeature(appointments, tickets, views);
    }

    @Bean
    @Order(27)
    TicketButton scheduleButton() {
        return AppointmentFeature.SCHEDULE_BUTTON;
    }

    @Bean
    @Order(27)
    TicketButton cancelAppointmentButton() {
        return AppointmentFeature.CANCEL_BUTTON;
    }
}
