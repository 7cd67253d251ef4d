package de.servicebot.core.delivery;

import static de.servicebot.core.shared.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.servicebot.core.World;
import de.servicebot.core.article.Article;
import de.servicebot.core.notification.Notification;
import de.servicebot.core.notification.NotificationTemplate;
import de.servicebot.core.notification.Recipient;
import de.servicebot.core.order.NewOrder;
import de.servicebot.core.order.Order;
import de.servicebot.core.order.OrderPosition;
import de.servicebot.core.shared.DomainException;
import de.servicebot.core.staff.StaffMember;
import de.servicebot.core.ticket.Ticket;
import de.servicebot.core.time.BookTime;
import de.servicebot.core.time.WorkDuration;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DeliveryNoteServiceTest {

    private final World world = new World();
    private Ticket ticket;

    @BeforeEach
    void aForwardedTicketAndTheArticleList() {
        ticket = world.forwardedTicket();
        world.repos.articles().save(Article.create("TN-1001", "Toner HP 26A schwarz", "Stück", false));
        world.repos.articles().save(Article.create("SW-24", "Switch 24 Port", "Stück", true));
    }

    @Test
    void refusesOnSiteTimeWithoutAnIssuedDeliveryNoteNamingTheSalespersonAndTakesItOnceIssued() {
        BookTime onSite = onSite();

        assertThatThrownBy(() -> world.time.book(onSite, world.technician))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> {
                    assertThat(((DomainException) e).code()).isEqualTo("delivery.on-site-without-note");
                    assertThat(((DomainException) e).args())
                            .containsExactly(ticket.number().toString(), "Vera Vertrieb");
                });
        assertThat(world.repos.timeEntries().findByTicket(ticket.id()))
                .noneMatch(e -> e.work().onSite());
        world.time.book(BookTime.of(ticket.id(), WorkDuration.ofMinutes(30), "Fernwartung"), world.technician);

        DeliveryNote draft = world.deliveryNotes.recordMaterial(toner("time:1"), world.technician);
        assertRefused(() -> world.time.book(onSite, world.technician), "delivery.on-site-without-note");
        world.deliveryNotes.issue(ticket.id(), draft.id(), world.sales);

        assertThat(world.time.book(onSite, world.technician).work().onSite()).isTrue();
    }

    @Test
    void refusesStartingOnSiteWorkUntilTheNoteIsIssued() {
        assertRefused(
                () -> world.deliveryNotes.startOnSite(ticket.id(), world.technician), "delivery.on-site-without-note");

        DeliveryNote draft = world.deliveryNotes.draft(ticket.id(), world.sales);
        world.deliveryNotes.recordMaterial(toner("time:1"), world.technician);
        world.deliveryNotes.issue(ticket.id(), draft.id(), world.sales);
        world.deliveryNotes.startOnSite(ticket.id(), world.technician);

        assertThat(world.repos.audit().about(ticket.id().toString()))
                .anyMatch(entry -> entry.action().equals("ticket.on-site-started"));
    }

    @Test
    void asksTheSalespersonOncePerDay() {
        StaffMember asked = world.deliveryNotes.askForNote(ticket.id(), world.technician);
        world.deliveryNotes.askForNote(ticket.id(), world.technician);

        assertThat(asked.name()).isEqualTo("Vera Vertrieb");
        List<Notification> wanted = world.notifier.sentAs(NotificationTemplate.DELIVERY_NOTE_WANTED);
        assertThat(wanted)
                .isNotEmpty()
                .extracting(Notification::key)
                .as("one key for the day: the outbox sends it once")
                .containsOnly("delivery-note-wanted:" + ticket.id() + ":2026-11-26:mail");
        assertThat(wanted.get(0).values()).containsEntry("askedBy", "Tim Technik");
    }

    @Test
    void putsMaterialOntoTheTicketsDraftOfTheDayOnceEvenWhenRecordedTwice() {
        world.deliveryNotes.recordMaterial(toner("time:1"), world.technician);
        world.deliveryNotes.recordMaterial(toner("time:1"), world.technician);
        DeliveryNote draft = world.deliveryNotes.recordMaterial(
                new RecordMaterial(
                        ticket.id(),
                        "time:2",
                        List.of(new Material("", "Patchkabel 2 m", new BigDecimal("3"), "Stück"))),
                world.technician);

        assertThat(world.deliveryNotes.ofTicket(ticket.id(), world.sales)).hasSize(1);
        assertThat(draft.status()).isEqualTo(DeliveryNote.Status.DRAFT);
        assertThat(draft.deliveryAddress()).contains("86150 Augsburg");
        assertThat(draft.lines())
                .extracting(DeliveryLine::description, DeliveryLine::unit, DeliveryLine::source)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Toner HP 26A schwarz", "Stück", DeliveryLine.Source.STOCK),
                        org.assertj.core.groups.Tuple.tuple("Patchkabel 2 m", "Stück", DeliveryLine.Source.STOCK));
        assertThat(draft.lines()).allMatch(DeliveryLine::extra);
    }

    @Test
    void refusesAnArticleNumberThatIsNotInTheListWithoutADescription() {
        assertRefused(
                () -> world.deliveryNotes.recordMaterial(
                        new RecordMaterial(
                                ticket.id(), "time:1", List.of(new Material("XX-9", "", BigDecimal.ONE, "Stück"))),
                        world.technician),
                "delivery.article-unknown");
        assertRefused(() -> world.deliveryNotes.recordMaterial(toner("time:1"), world.sales), "staff.not-permitted");
    }

    @Test
    void prefillsTheDraftFromTheOrderAndMarksOnlyMaterialTheOrderLacksAsExtra() {
        Ticket fromOrder = ticketOfAnOrder();

        DeliveryNote draft = world.deliveryNotes.draft(fromOrder.id(), world.sales);
        DeliveryNote withMaterial = world.deliveryNotes.recordMaterial(
                new RecordMaterial(
                        fromOrder.id(),
                        "time:1",
                        List.of(
                                new Material("TN-1001", "", new BigDecimal("2"), ""),
                                new Material("", "Patchkabel 2 m", BigDecimal.ONE, "Stück"))),
                world.technician);

        assertThat(draft.orderNumber()).contains("AB-2026-0815");
        assertThat(withMaterial.id()).isEqualTo(draft.id());
        assertThat(withMaterial.lines())
                .extracting(DeliveryLine::key, DeliveryLine::description, DeliveryLine::extra)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("order:1", "Toner HP 26A schwarz", false),
                        org.assertj.core.groups.Tuple.tuple("order:2", "Einrichtung vor Ort", false),
                        org.assertj.core.groups.Tuple.tuple("time:1:1", "Toner HP 26A schwarz", false),
                        org.assertj.core.groups.Tuple.tuple("time:1:2", "Patchkabel 2 m", true));
    }

    @Test
    void numbersIssuedNotesWithoutGapsAndARefusedIssueUsesNoNumber() {
        Ticket second = world.forwardedTicket();
        DeliveryNote empty = world.deliveryNotes.draft(ticket.id(), world.sales);
        assertRefused(() -> world.deliveryNotes.issue(ticket.id(), empty.id(), world.sales), "delivery.no-lines");
        DeliveryNote first = world.deliveryNotes.recordMaterial(toner("time:1"), world.technician);
        DeliveryNote other = world.deliveryNotes.recordMaterial(
                new RecordMaterial(second.id(), "time:9", toner("x").materials()), world.technician);

        DeliveryNote issued = world.deliveryNotes.issue(ticket.id(), first.id(), world.sales);
        DeliveryNote next = world.deliveryNotes.issue(second.id(), other.id(), world.sales);
        DeliveryNote again = world.deliveryNotes.issue(ticket.id(), first.id(), world.sales);

        assertThat(issued.number()).hasValueSatisfying(n -> assertThat(n).hasToString("LS-2026-00001"));
        assertThat(next.number()).hasValueSatisfying(n -> assertThat(n).hasToString("LS-2026-00002"));
        assertThat(again.number()).isEqualTo(issued.number());
    }

    @Test
    void tellsTheTechnicianWhenSalesIssuesTheNote() {
        DeliveryNote draft = world.deliveryNotes.recordMaterial(toner("time:1"), world.technician);

        world.deliveryNotes.issue(ticket.id(), draft.id(), world.sales);

        assertThat(world.notifier.sentAs(NotificationTemplate.DELIVERY_NOTE_ISSUED))
                .isNotEmpty()
                .allSatisfy(n -> assertThat(n.values())
                        .containsEntry("number", "LS-2026-00001")
                        .containsEntry("issuedBy", "Vera Vertrieb"))
                .anyMatch(n ->
                        n.recipient().equals(new Recipient.Mail(world.technician.email(), world.technician.name())));
    }

    @Test
    void keepsThePrintedNoteInTheContactsLanguageWithTheTicket() {
        DeliveryNote draft = world.deliveryNotes.recordMaterial(toner("time:1"), world.technician);

        world.deliveryNotes.issue(ticket.id(), draft.id(), world.sales);

        assertThat(world.repos.documents().ofTicket(ticket.id()))
                .singleElement()
                .satisfies(info -> {
                    assertThat(info.fileName()).isEqualTo("Lieferschein LS-2026-00001.pdf");
                    assertThat(new String(
                                    world.repos
                                            .documents()
                                            .find(info.id())
                                            .orElseThrow()
                                            .content(),
                                    java.nio.charset.StandardCharsets.UTF_8))
                            .isEqualTo("%PDF-1.7 LS-2026-00001 Müller Maschinenbau GmbH de");
                });
    }

    @Test
    void neverChangesAnIssuedNoteAndPutsMistakesRightWithANewVersionOrAReturnNote() {
        DeliveryNote draft = world.deliveryNotes.recordMaterial(toner("time:1"), world.technician);
        DeliveryNote issued = world.deliveryNotes.issue(ticket.id(), draft.id(), world.sales);

        assertRefused(
                () -> world.deliveryNotes.removeLine(ticket.id(), issued.id(), "time:1:1", world.sales),
                "delivery.issued-unchangeable");
        assertRefused(
                () -> world.deliveryNotes.deliverTo(ticket.id(), issued.id(), "anderswo", world.sales),
                "delivery.issued-unchangeable");
        DeliveryNote more = world.deliveryNotes.recordMaterial(toner("time:2"), world.technician);
        assertThat(more.id()).as("material after issue goes onto a new draft").isNotEqualTo(issued.id());

        DeliveryNote correction = world.deliveryNotes.correct(ticket.id(), issued.id(), world.sales);
        assertThat(correction.refersTo()).contains(issued.id());
        assertThat(correction.revision()).isEqualTo(2);
        assertThat(correction.status()).isEqualTo(DeliveryNote.Status.DRAFT);

        assertRefused(
                () -> world.deliveryNotes.returnNote(
                        ticket.id(), issued.id(), Map.of("time:1:1", new BigDecimal("3")), world.technician),
                "delivery.return-too-much");
        DeliveryNote back = world.deliveryNotes.returnNote(
                ticket.id(), issued.id(), Map.of("time:1:1", BigDecimal.ONE), world.technician);
        DeliveryNote returned = world.deliveryNotes.issue(ticket.id(), back.id(), world.sales);
        assertThat(returned.kind()).isEqualTo(DeliveryNote.Kind.RETURN);
        assertThat(returned.refersTo()).contains(issued.id());
        assertThat(returned.number()).hasValueSatisfying(n -> assertThat(n).hasToString("RL-2026-00001"));
        assertThat(world.repos
                        .deliveryNotes()
                        .findById(issued.id())
                        .orElseThrow()
                        .lines())
                .isEqualTo(issued.lines());
    }

    @Test
    void recordsTheCustomersSignatureAndHandsTheNoteToBillingOnce() {
        DeliveryNote draft = world.deliveryNotes.recordMaterial(toner("time:1"), world.technician);
        assertRefused(
                () -> world.deliveryNotes.received(
                        ticket.id(), draft.id(), "Anna Berger", LocalDate.of(2026, 11, 26), world.technician),
                "delivery.not-open-for-receipt");
        DeliveryNote issued = world.deliveryNotes.issue(ticket.id(), draft.id(), world.sales);
        assertRefused(
                () -> world.deliveryNotes.received(
                        ticket.id(), issued.id(), "Anna Berger", LocalDate.of(2026, 11, 27), world.technician),
                "delivery.receipt-date-invalid");

        DeliveryNote received = world.deliveryNotes.received(
                ticket.id(), issued.id(), "Anna Berger", LocalDate.of(2026, 11, 26), world.technician);
        DeliveryNote billed = world.deliveryNotes.billed(issued.number().orElseThrow(), world.sales);
        DeliveryNote billedAgain = world.deliveryNotes.billed(issued.number().orElseThrow(), world.sales);

        assertThat(received.receipt()).contains(new DeliveryNote.Receipt("Anna Berger", LocalDate.of(2026, 11, 26)));
        assertThat(billed.status()).isEqualTo(DeliveryNote.Status.BILLED);
        assertThat(billedAgain.version()).isEqualTo(billed.version());
        assertThat(world.repos.audit().about(issued.id().toString()))
                .filteredOn(e -> e.action().equals("delivery-note.billed"))
                .hasSize(1);
    }

    @Test
    void refusesToIssueWhileAnArticleWithSerialNumbersLacksThem() {
        DeliveryNote draft = world.deliveryNotes.recordMaterial(
                new RecordMaterial(
                        ticket.id(),
                        "time:1",
                        List.of(new Material("SW-24", "", new BigDecimal("2"), "", List.of("SN-1")))),
                world.technician);

        assertRefused(
                () -> world.deliveryNotes.issue(ticket.id(), draft.id(), world.sales), "delivery.serials-missing");
        assertRefused(
                () -> world.deliveryNotes.issue(ticket.id(), draft.id(), world.technician), "staff.not-permitted");
        assertThat(world.deliveryNotes.ofTicket(ticket.id(), world.sales))
                .singleElement()
                .satisfies(note -> assertThat(note.number()).isEmpty());
    }

    @Test
    void showsANoteOnlyAsANoteOfItsOwnTicket() {
        DeliveryNote draft = world.deliveryNotes.recordMaterial(toner("time:1"), world.technician);
        Ticket other = world.openedTicket();

        assertRefused(() -> world.deliveryNotes.issue(other.id(), draft.id(), world.sales), "delivery.not-found");
        assertRefused(() -> world.deliveryNotes.get(other.id(), draft.id(), world.sales), "delivery.not-found");
    }

    private BookTime onSite() {
        return new BookTime(
                ticket.id(),
                Optional.empty(),
                Optional.empty(),
                WorkDuration.ofMinutes(90),
                "Fernwartung",
                "Drucker getauscht",
                true,
                true);
    }

    private RecordMaterial toner(String source) {
        return new RecordMaterial(ticket.id(), source, List.of(new Material("TN-1001", "", new BigDecimal("2"), "")));
    }

    private Ticket ticketOfAnOrder() {
        Ticket made = world.forwardedTicket();
        Order order = Order.receive(
                new NewOrder(
                        "AB-2026-0815",
                        world.customer.number(),
                        List.of(
                                new OrderPosition("TN-1001 Toner HP 26A schwarz", new BigDecimal("2"), "Stück"),
                                new OrderPosition("Einrichtung vor Ort", BigDecimal.ONE, "Pauschal")),
                        ""),
                world.customer.id(),
                World.NOW);
        order.ticketsCreated(List.of(made.id()), made.id());
        world.repos.orders().save(order);
        return made;
    }
}
