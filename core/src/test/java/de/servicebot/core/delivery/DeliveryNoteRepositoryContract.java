package de.servicebot.core.delivery;

import static de.servicebot.core.shared.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import de.servicebot.core.RepositoryContract;
import de.servicebot.core.customer.Customer;
import de.servicebot.core.staff.StaffFixtures;
import de.servicebot.core.staff.StaffMember;
import de.servicebot.core.ticket.Ticket;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Delivery notes with lines, one open draft per ticket and day, numbers counted per kind and year. */
public abstract class DeliveryNoteRepositoryContract extends RepositoryContract {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 26);

    @Test
    void keepsADraftWithItsLinesAndOnlyOneDraftPerTicketAndDay() {
        Customer customer = storedCustomer();
        Ticket ticket = repos.tickets().save(aTicket(customer));

        DeliveryNote draft = repos.deliveryNotes().draftOf(ticket.id(), DAY, () -> fresh(customer, ticket, DAY));
        draft.add(line("time:1:1", "Switch 24 Port", "2", List.of("SN-1", "SN-2")));
        draft.add(line("time:1:2", "Patchkabel 2 m", "0.5", List.of()));
        repos.deliveryNotes().save(draft);
        DeliveryNote again = repos.deliveryNotes().draftOf(ticket.id(), DAY, () -> fresh(customer, ticket, DAY));
        DeliveryNote nextDay = repos.deliveryNotes()
                .draftOf(ticket.id(), DAY.plusDays(1), () -> fresh(customer, ticket, DAY.plusDays(1)));

        assertThat(again.id()).isEqualTo(draft.id());
        assertThat(again.lines()).isEqualTo(draft.lines());
        assertThat(again.lines().get(0).serialNumbers()).containsExactly("SN-1", "SN-2");
        assertThat(again.lines().get(1).quantity()).isEqualByComparingTo("0.5");
        assertThat(again.deliveryAddress()).isEqualTo("Industriestraße 5\n86150 Augsburg");
        assertThat(again.orderNumber()).contains("AB-1");
        assertThat(nextDay.id()).isNotEqualTo(draft.id());
        assertThat(repos.deliveryNotes().ofTicket(ticket.id()))
                .extracting(DeliveryNote::id)
                .containsExactly(draft.id(), nextDay.id());
        assertRefused(() -> repos.deliveryNotes().save(draft), "common.concurrent-change");
    }

    @Test
    void keepsAnIssuedNoteWithItsNumberReceiptAndBilling() {
        Customer customer = storedCustomer();
        Ticket ticket = repos.tickets().save(aTicket(customer));
        StaffMember sales = repos.staff().save(StaffFixtures.aSalesPerson());
        DeliveryNote draft = repos.deliveryNotes().draftOf(ticket.id(), DAY, () -> fresh(customer, ticket, DAY));
        draft.add(line("order:1", "Server", "1", List.of()));
        DeliveryNoteNumber number = repos.deliveryNoteNumbers().next(DeliveryNote.Kind.DELIVERY, 2031);
        draft.issue(number, sales.id(), NOW);
        DeliveryNote issued = repos.deliveryNotes().save(draft);
        issued.received("Anna Berger", DAY, DAY);
        issued.billed(NOW.plusSeconds(60));
        repos.deliveryNotes().save(issued);

        DeliveryNote found = repos.deliveryNotes().findByNumber(number).orElseThrow();

        assertThat(found.id()).isEqualTo(draft.id());
        assertThat(found.status()).isEqualTo(DeliveryNote.Status.BILLED);
        assertThat(found.issue()).contains(new DeliveryNote.Issue(number, sales.id(), NOW));
        assertThat(found.receipt()).contains(new DeliveryNote.Receipt("Anna Berger", DAY));
        assertThat(found.billedAt()).contains(NOW.plusSeconds(60));
        assertThat(repos.deliveryNotes()
                        .draftOf(ticket.id(), DAY, () -> fresh(customer, ticket, DAY))
                        .id())
                .as("an issued note is no longer the day's draft")
                .isNotEqualTo(draft.id());
    }

    @Test
    void countsNumbersPerKindAndYear() {
        DeliveryNoteNumber first = repos.deliveryNoteNumbers().next(DeliveryNote.Kind.RETURN, 2032);
        DeliveryNoteNumber second = repos.deliveryNoteNumbers().next(DeliveryNote.Kind.RETURN, 2032);
        DeliveryNoteNumber otherYear = repos.deliveryNoteNumbers().next(DeliveryNote.Kind.RETURN, 2033);

        assertThat(second.sequence()).isEqualTo(first.sequence() + 1);
        assertThat(otherYear.sequence()).isEqualTo(1);
        assertThat(second).hasToString("RL-2032-" + String.format("%05d", second.sequence()));
    }

    private static DeliveryNote fresh(Customer customer, Ticket ticket, LocalDate day) {
        return DeliveryNote.draft(
                customer.id(), ticket.id(), Optional.of("AB-1"), day, "Industriestraße 5\n86150 Augsburg");
    }

    private static DeliveryLine line(String key, String description, String quantity, List<String> serials) {
        return new DeliveryLine(
                key,
                "",
                description,
                new BigDecimal(quantity),
                "Stück",
                serials,
                !serials.isEmpty(),
                DeliveryLine.Source.STOCK,
                true);
    }
}
