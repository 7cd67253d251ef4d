package de.servicebot.bot.feature.delivery;

import de.servicebot.adapter.pdf.HtmlDeliveryNotePdf;
import de.servicebot.adapter.pdf.Letterhead;
import de.servicebot.bot.config.ServicebotProperties;
import de.servicebot.bot.conversation.TicketButton;
import de.servicebot.bot.conversation.TicketSection;
import de.servicebot.bot.conversation.TicketViews;
import de.servicebot.bot.feature.time.TimeEntryFollowUp;
import de.servicebot.bot.outbox.NotificationButton;
import de.servicebot.core.article.ArticleRepository;
import de.servicebot.core.article.ArticleService;
import de.servicebot.core.audit.AuditLog;
import de.servicebot.core.customer.CustomerRepository;
import de.servicebot.core.delivery.DeliveryNoteNumbers;
import de.servicebot.core.delivery.DeliveryNotePdf;
import de.servicebot.core.delivery.DeliveryNoteRepository;
import de.servicebot.core.delivery.DeliveryNoteService;
import de.servicebot.core.delivery.OnSiteNeedsDeliveryNote;
import de.servicebot.core.document.Documents;
import de.servicebot.core.notification.Notifier;
import de.servicebot.core.order.OrderRepository;
import de.servicebot.core.shared.DomainEvents;
import de.servicebot.core.shared.Transactions;
import de.servicebot.core.staff.StaffRepository;
import de.servicebot.core.staff.StaffService;
import de.servicebot.core.stock.StockRequestRepository;
import de.servicebot.core.stock.StockService;
import de.servicebot.core.ticket.TicketRepository;
import de.servicebot.core.ticket.TicketService;
import de.servicebot.core.time.TimePolicy;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/**
 * Delivery notes and material from stock: core's services on the adapters' ports, the rule for on-site time, and the
 * feature with its buttons and its section of the ticket card.
 */
@Configuration(proxyBeanMethods = false)
class DeliveryFeatureConfiguration {

    @Bean
    DeliveryNoteService deliveryNoteService(
            DeliveryNoteRepository notes,
            DeliveryNoteNumbers numbers,
            TicketRepository tickets,
            CustomerRepository customers,
            OrderRepository orders,
            ArticleRepository articles,
            StaffRepository staff,
            Notifier notifier,
            AuditLog audit,
            Transactions transactions,
            DomainEvents events,
            DeliveryNotePdf pdf,
            Documents documents,
            Clock clock) {
        return new DeliveryNoteService(
                notes,
                numbers,
                tickets,
                customers,
                orders,
                articles,
                staff,
                notifier,
                audit,
                transactions,
                events,
                pdf,
                documents,
                clock);
    }

    @Bean
    DeliveryNotePdf deliveryNotePdf(ServicebotProperties properties, Clock clock) {
        return new HtmlDeliveryNotePdf(
                new Letterhead(
                        properties.mail().senderName(), properties.company().address()),
                clock.getZone());
    }

    @Bean
    ArticleService articleService(ArticleRepository articles, AuditLog audit, Transactions transactions, Clock clock) {
        return new ArticleService(articles, audit, transactions, clock);
    }

    @Bean
    TimePolicy onSiteNeedsDeliveryNote(DeliveryNoteService notes) {
        return new OnSiteNeedsDeliveryNote(notes);
    }

    @Bean
    @Order(52)
    DeliveryFeature deliveryFeature(
            DeliveryNoteService notes,
            ArticleService articles,
            StockService stock,
            TicketService tickets,
            TicketViews views) {
        return new DeliveryFeature(notes, articles, stock, tickets, views);
    }

    @Bean
    StockService stockService(
            StockRequestRepository requests,
            TicketRepository tickets,
            CustomerRepository customers,
            ArticleRepository articles,
            StaffRepository staff,
            Notifier notifier,
            AuditLog audit,
            Transactions transactions,
            Clock clock) {
        return new StockService(requests, tickets, customers, articles, staff, notifier, audit, transactions, clock);
    }

    @Bean
    @Order(56)
    StockFeature stockFeature(
            StockService stock, TicketService tickets, StaffService staff, TicketViews views, Clock clock) {
        return new StockFeature(stock, tickets, staff, views, clock);
    }

    @Bean
    NotificationButton stockBookButton() {
        return StockFeature.NOTICE_BUTTONS.get(0);
    }

    @Bean
    NotificationButton stockQueryButton() {
        return StockFeature.NOTICE_BUTTONS.get(1);
    }

    @Bean
    NotificationButton stockAnswerButton() {
        return StockFeature.NOTICE_BUTTONS.get(2);
    }

    @Bean
    @Order(52)
    TicketButton materialButton() {
        return DeliveryFeature.MATERIAL_BUTTON;
    }

    @Bean
    @Order(53)
    TicketButton deliveryNoteButton() {
        return DeliveryFeature.NOTE_BUTTON;
    }

    @Bean
    @Order(54)
    TicketButton askDeliveryNoteButton() {
        return DeliveryFeature.ASK_BUTTON;
    }

    @Bean
    TimeEntryFollowUp materialAfterTime() {
        return new MaterialAfterTime();
    }

    @Bean
    @Order(52)
    TicketSection deliverySection(DeliveryNoteService notes) {
        return new DeliverySection(notes);
    }
}
