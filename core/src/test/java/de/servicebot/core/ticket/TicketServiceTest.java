package de.servicebot.core.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.servicebot.core.World;
import de.servicebot.core.shared.DomainException;
import java.time.LocalDateTime;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class TicketServiceTest {

    private static final LocalDateTime FRIDAY_TEN = LocalDateTime.of(2026, 11, 27, 10, 0);

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
        assertCode(() -> world.tickets.find("drucker", world.sales), "ticket.number-invalid");
        assertCode(() -> world.tickets.find("T-2026-00999", world.sales), "ticket.not-found");
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

    private static <T> T single(List<T> items) {
        assertThat(items).hasSize(1);
        return items.get(0);
    }

    private static void assertCode(ThrowingCallable call, String code) {
        assertThatThrownBy(call)
                .isInstanceOf(DomainException.class)
                .extracting("code")
                .isEqualTo(code);
    }
}
