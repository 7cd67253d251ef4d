package de.servicebot.core.order;

import static de.servicebot.core.shared.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import de.servicebot.core.RepositoryContract;
import de.servicebot.core.customer.Customer;
import de.servicebot.core.document.Document;
import de.servicebot.core.ticket.Ticket;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The orders with positions, document and tickets. */
public abstract class OrderRepositoryContract extends RepositoryContract {

    @Test
    void keepsAnOrderWithPositionsDocumentAndTickets() {
        Customer customer = storedCustomer();
        String number = "AB-" + unique();
        Order order = Order.receive(
                new NewOrder(
                        number,
                        customer.number(),
                        List.of(
                                new OrderPosition("Server", new java.math.BigDecimal("1"), "Stück"),
                                new OrderPosition("Kabel", new java.math.BigDecimal("2.5"), "Rolle")),
                        "Einweisung kostenlos",
                        java.util.Optional.of(java.time.LocalDateTime.of(2026, 12, 1, 8, 0))),
                customer.id(),
                NOW);
        repos.orders().save(order);
        Ticket ticket = repos.tickets().save(aTicket(customer));
        Document document = repos.documents()
                .store(Document.pdf(
                        "a.pdf", "%PDF-1".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 99, "x", NOW));
        Order found = repos.orders().findByNumber(number).orElseThrow();
        found.attach(document.id());
        found.ticketsCreated(List.of(ticket.id()), ticket.id());

        repos.orders().save(found);

        Order again = repos.orders().findById(order.id()).orElseThrow();
        assertThat(again.positions()).isEqualTo(order.positions());
        assertThat(again.agreements()).isEqualTo("Einweisung kostenlos");
        assertThat(again.agreedDate()).contains(java.time.LocalDateTime.of(2026, 12, 1, 8, 0));
        assertThat(again.document()).contains(document.id());
        assertThat(again.tickets()).containsExactly(ticket.id());
        assertThat(again.baseTicket()).contains(ticket.id());
        assertThat(repos.orders().findByTicket(ticket.id())).map(Order::id).contains(order.id());
        assertThat(repos.orders()
                        .findByTicket(repos.tickets().save(aTicket(customer)).id()))
                .isEmpty();
        assertThat(again.version()).isEqualTo(2);
        assertRefused(
                () -> repos.orders()
                        .save(Order.receive(
                                new NewOrder(number, customer.number(), order.positions(), ""), customer.id(), NOW)),
                "order.number-taken");
    }
}
