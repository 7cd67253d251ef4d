package de.servicebot.bot.feature.order;

import de.servicebot.bot.conversation.TicketViews;
import de.servicebot.core.catalog.CatalogService;
import de.servicebot.core.checklist.ChecklistService;
import de.servicebot.core.customer.CustomerService;
import de.servicebot.core.order.OrderService;
import de.servicebot.core.staff.StaffService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

@Configuration(proxyBeanMethods = false)
class OrderFeatureConfiguration {

    @Bean
    @Order(60)
    OrderFeature orderFeature(
            OrderService orders,
            CustomerService customers,
            CatalogService catalog,
            ChecklistService checklists,
            StaffService staff,
            TicketViews views) {
        return new OrderFeature(orders, customers, catalog, checklists, staff, views);
    }
}
