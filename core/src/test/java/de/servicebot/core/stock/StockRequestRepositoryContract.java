package de.servicebot.core.stock;

import static de.servicebot.core.shared.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import de.servicebot.core.RepositoryContract;
import de.servicebot.core.delivery.Material;
import de.servicebot.core.staff.StaffFixtures;
import de.servicebot.core.staff.StaffMember;
import de.servicebot.core.ticket.Ticket;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The back office's hand-offs: kept with their question, answer and booking; the waiting ones listed. */
public abstract class StockRequestRepositoryContract extends RepositoryContract {

    @Test
    void keepsAHandOffThroughQuestionAnswerAndBooking() {
        Ticket ticket = repos.tickets().save(aTicket(storedCustomer()));
        StaffMember technician = repos.staff().save(StaffFixtures.aTechnician());
        StaffMember backOffice = repos.staff().save(StaffFixtures.aTechnician());
        StockRequest handed = repos.stockRequests()
                .save(StockRequest.hand(
                        ticket.id(),
                        new Material("FP-A4", "Kopierpapier A4", new BigDecimal("2.5"), "Karton à 5", List.of("X1")),
                        "für den Empfang",
                        technician.id(),
                        NOW));
        assertThat(repos.stockRequests().waiting(1000))
                .extracting(StockRequest::id)
                .contains(handed.id());

        handed.query("Welcher Karton?");
        StockRequest queried = repos.stockRequests().save(handed);
        queried.answer("Der blaue", technician.id());
        StockRequest answered = repos.stockRequests().save(queried);
        answered.book(backOffice.id(), NOW.plusSeconds(5));
        repos.stockRequests().save(answered);

        StockRequest found = repos.stockRequests().findById(handed.id()).orElseThrow();
        assertThat(found.status()).isEqualTo(StockRequest.Status.BOOKED);
        assertThat(found.material()).isEqualTo(handed.material());
        assertThat(found.note()).isEqualTo("für den Empfang");
        assertThat(found.question()).isEqualTo("Welcher Karton?");
        assertThat(found.answer()).isEqualTo("Der blaue");
        assertThat(found.bookedBy()).contains(backOffice.id());
        assertThat(found.bookedAt()).contains(NOW.plusSeconds(5));
        assertThat(repos.stockRequests().waiting(1000))
                .extracting(StockRequest::id)
                .doesNotContain(handed.id());
        assertRefused(() -> repos.stockRequests().save(handed), "common.concurrent-change");
    }
}
