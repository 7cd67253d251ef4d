package de.servicebot.core.stock;

import static de.servicebot.core.shared.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import de.servicebot.core.World;
import de.servicebot.core.article.Article;
import de.servicebot.core.delivery.Material;
import de.servicebot.core.notification.Notification;
import de.servicebot.core.notification.NotificationTemplate;
import de.servicebot.core.notification.Recipient;
import de.servicebot.core.ticket.Ticket;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class StockServiceTest {

    private final World world = new World();
    private Ticket ticket;

    @BeforeEach
    void aForwardedTicket() {
        ticket = world.forwardedTicket();
        world.repos.articles().save(Article.create("FP-A4", "Kopierpapier A4, 80 g", "Karton à 5 Pakete", false));
    }

    @Test
    void handsTheMaterialWithItsPackagingUnitToEveryoneInTheBackOffice() {
        StockRequest handed = world.stock.hand(ticket.id(), paper(), "für den Empfang", world.technician);

        assertThat(handed.status()).isEqualTo(StockRequest.Status.OPEN);
        assertThat(handed.material().unit()).as("from the article list").isEqualTo("Karton à 5 Pakete");
        assertThat(world.notifier.sentAs(NotificationTemplate.STOCK_REQUESTED))
                .isNotEmpty()
                .allSatisfy(n -> assertThat(n.values())
                        .containsEntry("material", "2 Karton à 5 Pakete Kopierpapier A4, 80 g (FP-A4)")
                        .containsEntry("requestId", handed.id().toString())
                        .containsEntry("note", "für den Empfang"))
                .anyMatch(n ->
                        n.recipient().equals(new Recipient.Mail(world.backOffice.email(), world.backOffice.name())));
        assertThat(world.stock.waiting(world.backOffice))
                .extracting(StockRequest::id)
                .containsExactly(handed.id());
    }

    @Test
    void refusesAHandOffWithoutPackagingUnitOrArticleAndOnlyTechniciansHandOff() {
        assertRefused(
                () -> world.stock.hand(
                        ticket.id(), new Material("", "Kabelbinder", BigDecimal.TEN, ""), "", world.technician),
                "delivery.unit-missing");
        assertRefused(
                () -> world.stock.hand(
                        ticket.id(), new Material("XX-1", "", BigDecimal.ONE, "Stück"), "", world.technician),
                "delivery.article-unknown");
        assertRefused(() -> world.stock.hand(ticket.id(), paper(), "", world.sales), "staff.not-permitted");
    }

    @Test
    void tellsTheTechnicianOnceWhenItIsBookedHoweverOftenItIsPressed() {
        StockRequest handed = world.stock.hand(ticket.id(), paper(), "", world.technician);

        world.stock.book(handed.id(), world.backOffice);
        StockRequest again = world.stock.book(handed.id(), world.backOffice);

        assertThat(again.status()).isEqualTo(StockRequest.Status.BOOKED);
        List<Notification> booked = world.notifier.sentAs(NotificationTemplate.STOCK_BOOKED);
        assertThat(booked).extracting(Notification::key).containsOnly("stock-booked:" + handed.id() + ":mail");
        assertThat(booked).hasSize(1);
        assertThat(world.stock.waiting(world.backOffice)).isEmpty();
        assertRefused(() -> world.stock.book(handed.id(), world.technician), "staff.not-permitted");
    }

    @Test
    void asksBackAndTheTechnicianAnswersThenItIsOpenAgain() {
        StockRequest handed = world.stock.hand(ticket.id(), paper(), "", world.technician);

        assertRefused(() -> world.stock.query(handed.id(), " ", world.backOffice), "stock.question-missing");
        world.stock.query(handed.id(), "Welcher Karton genau?", world.backOffice);
        assertThat(world.notifier.sentAs(NotificationTemplate.STOCK_QUERIED))
                .isNotEmpty()
                .allSatisfy(n -> assertThat(n.values()).containsEntry("question", "Welcher Karton genau?"));
        assertRefused(() -> world.stock.query(handed.id(), "Noch was?", world.backOffice), "stock.not-open");
        assertRefused(() -> world.stock.answer(handed.id(), "Der blaue", world.admin), "stock.only-requester");

        StockRequest answered = world.stock.answer(handed.id(), "Der blaue", world.technician);

        assertThat(answered.status()).isEqualTo(StockRequest.Status.OPEN);
        assertThat(world.notifier.sentAs(NotificationTemplate.STOCK_REQUESTED))
                .anyMatch(n -> "Der blaue".equals(n.values().get("answer")));
        assertThat(world.stock.book(handed.id(), world.backOffice).status()).isEqualTo(StockRequest.Status.BOOKED);
    }

    private static Material paper() {
        return new Material("FP-A4", "", new BigDecimal("2"), "");
    }
}
