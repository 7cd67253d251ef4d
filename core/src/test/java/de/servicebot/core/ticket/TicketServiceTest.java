package de.servicebot.core.ticket;

import static de.servicebot.core.shared.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import de.servicebot.core.World;
import java.util.List;
import org.junit.jupiter.api.Test;

class TicketServiceTest {

    private final World world = new World();

    @Test
    void findsATicketByItsNumberWithOrWithoutPrefix() {
        Ticket ticket = world.openedTicket();

        for (String typed : List.of("T-2026-00001", "t-2026-1", "2026-1", "1", "#1", " 00001 ")) {
            assertThat(world.tickets.find(typed, world.backOffice).id())
                    .as(typed)
                    .isEqualTo(ticket.id());
        }
    }

    @Test
    void saysWhenANumberIsNoNumberOrNoTicket() {
        assertRefused(() -> world.tickets.find("drucker", world.sales), "ticket.number-invalid");
        assertRefused(() -> world.tickets.find("T-2026-00999", world.sales), "ticket.not-found");
    }

    @Test
    void listsMyOpenTickets() {
        Ticket mine = world.forwardedTicket();
        world.openedTicket();

        assertThat(world.tickets.mine(world.technician)).extracting(Ticket::id).containsExactly(mine.id());
        assertThat(world.tickets.mine(world.sales)).isEmpty();
        assertThat(world.tickets.ofCustomer(world.customer.id(), world.backOffice))
                .hasSize(2);
    }

    @Test
    void refusesToResolveANewTicketAndPublishesNothing() {
        List<TicketResolved> seen = new java.util.ArrayList<>();
        world.events.subscribe(TicketResolved.class, seen::add);
        Ticket fresh = world.openedTicket();

        assertRefused(() -> world.tickets.resolve(fresh.id(), world.technician), "ticket.invalid-transition");
        assertThat(world.repos.tickets().findById(fresh.id()).orElseThrow().status())
                .isEqualTo(TicketStatus.NEW);
        assertThat(seen).isEmpty();
    }

    @Test
    void publishesTheResolvedTicket() {
        List<TicketResolved> seen = new java.util.ArrayList<>();
        world.events.subscribe(TicketResolved.class, seen::add);
        Ticket forwarded = world.forwardedTicket();

        world.tickets.resolve(forwarded.id(), world.technician);

        assertThat(seen).singleElement().satisfies(e -> {
            assertThat(e.ticket().status()).isEqualTo(TicketStatus.RESOLVED);
            assertThat(e.by().id()).isEqualTo(world.technician.id());
        });
    }
}
