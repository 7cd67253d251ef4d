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
}
