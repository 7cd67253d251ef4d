package de.servicebot.core;

import static de.servicebot.core.shared.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import de.servicebot.core.audit.AuditEntry;
import de.servicebot.core.call.CallLog;
import de.servicebot.core.catalog.CatalogFixtures;
import de.servicebot.core.catalog.Category;
import de.servicebot.core.catalog.TicketType;
import de.servicebot.core.checklist.Checklist;
import de.servicebot.core.checklist.ChecklistItem;
import de.servicebot.core.checklist.ChecklistTemplate;
import de.servicebot.core.checklist.Tick;
import de.servicebot.core.customer.Contact;
import de.servicebot.core.customer.ContactMatch;
import de.servicebot.core.customer.Customer;
import de.servicebot.core.customer.CustomerFixtures;
import de.servicebot.core.customer.CustomerSummary;
import de.servicebot.core.document.Document;
import de.servicebot.core.order.NewOrder;
import de.servicebot.core.order.Order;
import de.servicebot.core.order.OrderPosition;
import de.servicebot.core.shared.EmailAddress;
import de.servicebot.core.shared.Language;
import de.servicebot.core.staff.Role;
import de.servicebot.core.staff.StaffFixtures;
import de.servicebot.core.staff.StaffMember;
import de.servicebot.core.template.TemplateKind;
import de.servicebot.core.template.TextTemplate;
import de.servicebot.core.ticket.OpenTicket;
import de.servicebot.core.ticket.Ticket;
import de.servicebot.core.ticket.TicketNumber;
import de.servicebot.core.ticket.TicketStatus;
import de.servicebot.core.time.LogTime;
import de.servicebot.core.time.TimeEntry;
import de.servicebot.core.time.WorkDuration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every implementation of core's storage ports must do. The in-memory fakes and the PostgreSQL adapter both
 * pass it, so a test against the fakes says something about production. Tests do not assume an empty store: each
 * creates its own, uniquely named data.
 */
public abstract class RepositoryContract {

    private static final Instant NOW = Instant.parse("2026-11-26T09:15:30.123456Z");

    protected Repositories repos;

    /** The repositories under test; called before each test. */
    protected abstract Repositories repositories();

    @BeforeEach
    void setUpRepositories() {
        repos = repositories();
    }

    @Test
    void findsStaffByEMailAndByTheChatIdentitiesTheyWroteFrom() {
        StaffMember stored = repos.staff().save(StaffFixtures.aTechnician());
        stored.linkTeams("29:teams-" + stored.id());
        stored.linkSlack("U" + stored.id());

        StaffMember linked = repos.staff().save(stored);

        assertThat(repos.staff()
                        .findByEmail(EmailAddress.of(stored.email().value().toUpperCase())))
                .map(StaffMember::id)
                .contains(stored.id());
        assertThat(repos.staff().findByTeamsUserId("29:teams-" + stored.id()))
                .map(StaffMember::name)
                .contains(stored.name());
        assertThat(repos.staff().findBySlackUserId("U" + stored.id()))
                .map(StaffMember::roles)
                .contains(java.util.Set.of(Role.TECHNICIAN));
        assertThat(linked.version()).isEqualTo(2);
    }

    @Test
    void refusesASecondPersonWithTheSameEMail() {
        StaffMember first = repos.staff().save(StaffFixtures.aTechnician());
        StaffMember second =
                StaffMember.register("Someone Else", first.email(), java.util.Set.of(Role.SALES), Language.EN);

        assertRefused(() -> repos.staff().save(second), "staff.email-taken");
    }

    @Test
    void listsActiveStaffOfARoleByName() {
        String team = "Zz" + unique();
        StaffMember bea = repos.staff().save(StaffFixtures.aStaffMember(team + " Bea", Role.BACKOFFICE));
        StaffMember ada = repos.staff().save(StaffFixtures.aStaffMember(team + " Ada", Role.BACKOFFICE, Role.SALES));
        StaffMember gone = StaffFixtures.aStaffMember(team + " Carl", Role.BACKOFFICE);
        gone.deactivate();
        repos.staff().save(gone);

        List<StaffMember> backOffice = repos.staff().findActiveByRole(Role.BACKOFFICE).stream()
                .filter(m -> m.name().startsWith(team))
                .toList();

        assertThat(backOffice).extracting(StaffMember::id).containsExactly(ada.id(), bea.id());
    }

    @Test
    void refusesToOverwriteAChangeSomeoneElseSavedInTheMeantime() {
        StaffMember stored = repos.staff().save(StaffFixtures.aTechnician());
        StaffMember mine = repos.staff().findById(stored.id()).orElseThrow();
        StaffMember theirs = repos.staff().findById(stored.id()).orElseThrow();
        theirs.rename("Tina Neu");
        repos.staff().save(theirs);

        mine.rename("Tina Alt");

        assertRefused(() -> repos.staff().save(mine), "common.concurrent-change");
        assertThat(repos.staff().findById(stored.id()).orElseThrow().name()).isEqualTo("Tina Neu");
    }

    @Test
    void keepsContactsWithTheirCustomer() {
        Customer customer = CustomerFixtures.aCustomer("Contact Test " + unique());
        Contact english = customer.addContact(Contact.create("Bob Baker", null, "", Language.EN));

        repos.customers().save(customer);

        Customer found = repos.customers().findById(customer.id()).orElseThrow();
        assertThat(found.contacts()).hasSize(2);
        assertThat(found.requireContact(english.id())).isEqualTo(english);
        assertThat(found.contact(english.id()).orElseThrow().email()).isEmpty();
        assertThat(repos.customers().findByContact(english.id()))
                .map(Customer::id)
                .contains(customer.id());
    }

    @Test
    void savesContactChangesAndBumpsTheVersion() {
        Customer stored = repos.customers().save(CustomerFixtures.aCustomer("Versioned " + unique()));

        stored.addContact(CustomerFixtures.aContact("Clara Neu", Language.DE));
        Customer again = repos.customers().save(stored);

        assertThat(again.version()).isEqualTo(2);
        assertThat(repos.customers().findById(stored.id()).orElseThrow().contacts())
                .extracting(Contact::name)
                .contains("Clara Neu");
    }

    @Test
    void findsCustomersByNamePrefixIgnoringCaseInNameOrder() {
        String prefix = "Präfix" + unique();
        Customer beta = repos.customers().save(CustomerFixtures.aCustomer(prefix + " Beta GmbH"));
        Customer alpha = repos.customers().save(CustomerFixtures.aCustomer(prefix + " alpha AG"));
        repos.customers().save(CustomerFixtures.aCustomer("Other " + prefix));

        List<CustomerSummary> found = repos.customers().findByNamePrefix(prefix.toUpperCase(), 10);

        assertThat(found).extracting(CustomerSummary::id).containsExactly(alpha.id(), beta.id());
        assertThat(found.get(0).number()).isEqualTo(alpha.number());
        assertThat(repos.customers().findByNamePrefix(prefix, 1)).hasSize(1);
    }

    @Test
    void findsContactsByNamePrefixWithTheirCustomer() {
        String prefix = "Kontakt" + unique();
        Customer customer = CustomerFixtures.aCustomer("Firma " + prefix);
        Contact bea = customer.addContact(Contact.create(prefix + " Bea", null, "", Language.DE));
        Contact ada = customer.addContact(Contact.create(prefix.toUpperCase() + " Ada", null, "", Language.EN));
        repos.customers().save(customer);

        List<ContactMatch> found = repos.customers().findContactsByNamePrefix(prefix.toLowerCase(), 10);

        assertThat(found).extracting(m -> m.contact().id()).containsExactly(ada.id(), bea.id());
        assertThat(found.get(0).customerId()).isEqualTo(customer.id());
        assertThat(found.get(0).customerName()).isEqualTo(customer.name());
        assertThat(found.get(0).contact().language()).isEqualTo(Language.EN);
    }

    @Test
    void keepsTheAppointmentOfAForwardedTicket() {
        StaffMember technician = repos.staff().save(StaffFixtures.aTechnician());
        Ticket ticket = aTicket(storedCustomer());
        java.time.LocalDateTime thursdayTen = java.time.LocalDateTime.of(2026, 11, 27, 10, 0);
        ticket.forwardTo(technician, java.util.Optional.of(thursdayTen));

        repos.tickets().save(ticket);

        assertThat(repos.tickets().findById(ticket.id()).orElseThrow().appointment())
                .contains(thursdayTen);
    }

    @Test
    void keepsTheAuditTrailOfAnObjectInOrder() {
        StaffMember admin = repos.staff().save(StaffFixtures.anAdmin());
        String subject = UUID.randomUUID().toString();
        AuditEntry first = new AuditEntry(NOW, admin.id(), "time-entry.booked", subject, "minutes=45");
        AuditEntry second = new AuditEntry(NOW.plusSeconds(5), admin.id(), "time-entry.deleted", subject, "");

        repos.audit().record(first);
        repos.audit().record(second);

        assertThat(repos.audit().about(subject))
                .extracting(AuditEntry::action, AuditEntry::by)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("time-entry.booked", admin.id()),
                        org.assertj.core.groups.Tuple.tuple("time-entry.deleted", admin.id()));
    }

    @Test
    void findsSeveralCustomersByIdInOneLookup() {
        Customer first = repos.customers().save(CustomerFixtures.aCustomer("Eins " + unique()));
        Customer second = repos.customers().save(CustomerFixtures.aCustomer("Zwei " + unique()));

        List<Customer> found = repos.customers()
                .findAllById(java.util.Set.of(first.id(), second.id(), de.servicebot.core.customer.CustomerId.newId()));

        assertThat(found).extracting(Customer::name).containsExactlyInAnyOrder(first.name(), second.name());
        assertThat(found).allSatisfy(c -> assertThat(c.contacts()).hasSize(1));
    }

    @Test
    void keepsTheLatestChatReferenceOfAPersonPerChannel() {
        StaffMember technician = repos.staff().save(StaffFixtures.aTechnician());

        repos.chatReferences().save(technician.id(), "teams", "{\"conversation\":{\"id\":\"a\"}}");
        repos.chatReferences().save(technician.id(), "teams", "{\"conversation\":{\"id\":\"b\"}}");

        assertThat(repos.chatReferences().find(technician.id(), "teams")).contains("{\"conversation\":{\"id\":\"b\"}}");
        assertThat(repos.chatReferences().find(technician.id(), "slack")).isEmpty();
        assertThat(repos.chatReferences().lastUsed(technician.id())).contains("teams");
        repos.chatReferences().save(technician.id(), "slack", "U1");
        assertThat(repos.chatReferences().lastUsed(technician.id())).contains("slack");
        repos.chatReferences().save(technician.id(), "teams", "{\"conversation\":{\"id\":\"b\"}}");
        assertThat(repos.chatReferences().lastUsed(technician.id())).contains("teams");
    }

    @Test
    void treatsWildcardsInAPrefixAsPlainText() {
        String prefix = "Wild" + unique();
        repos.customers().save(CustomerFixtures.aCustomer(prefix + "X Corp"));

        assertThat(repos.customers().findByNamePrefix(prefix + "%", 10)).isEmpty();
        assertThat(repos.customers().findByNamePrefix(prefix + "_", 10)).isEmpty();
    }

    @Test
    void refusesASecondCustomerWithTheSameNumber() {
        Customer first = repos.customers().save(CustomerFixtures.aCustomer());

        assertRefused(() -> repos.customers().save(Customer.create(first.number(), "Copy")), "customer.number-taken");
        assertThat(repos.customers().findByNumber(first.number()))
                .map(Customer::id)
                .contains(first.id());
    }

    @Test
    void listsOnlyActiveTypesAndCategories() {
        TicketType active = repos.catalog().save(CatalogFixtures.aTicketType());
        TicketType retired = repos.catalog().save(CatalogFixtures.aTicketType());
        repos.catalog().save(retired.retire());
        Category category = repos.catalog().save(CatalogFixtures.aCategory());

        assertThat(repos.catalog().activeTypes()).contains(active).doesNotContain(retired, retired.retire());
        assertThat(repos.catalog().findType(retired.id())).contains(retired.retire());
        assertThat(repos.catalog().activeCategories()).contains(category);
        assertThat(repos.catalog().findCategory(category.id())).contains(category);
    }

    @Test
    void refusesATypeNameTwice() {
        TicketType type = repos.catalog().save(CatalogFixtures.aTicketType());

        assertRefused(() -> repos.catalog().save(TicketType.create(type.name().toUpperCase())), "catalog.name-taken");
    }

    @Test
    void findsTemplatesByKindAndNameIgnoringCase() {
        String name = "Vorlage " + unique();
        TextTemplate ticketTemplate =
                repos.templates().save(TextTemplate.create(TemplateKind.TICKET, name, "Kunde: {{Kunde}}"));
        TextTemplate timeTemplate = repos.templates().save(TextTemplate.create(TemplateKind.TIME_ENTRY, name, "x"));

        assertThat(repos.templates().findByName(TemplateKind.TICKET, name.toLowerCase()))
                .contains(ticketTemplate);
        assertThat(repos.templates().findByName(TemplateKind.TIME_ENTRY, name)).contains(timeTemplate);
        assertThat(repos.templates().findByKind(TemplateKind.TIME_ENTRY)).contains(timeTemplate);
        assertRefused(
                () -> repos.templates().save(TextTemplate.create(TemplateKind.TICKET, name, "y")),
                "template.name-taken");
    }

    @Test
    void countsTicketNumbersUpWithinAYear() {
        TicketNumber first = repos.ticketNumbers().next(2031);
        TicketNumber second = repos.ticketNumbers().next(2031);
        TicketNumber otherYear = repos.ticketNumbers().next(2032);

        assertThat(second).isEqualTo(new TicketNumber(2031, first.sequence() + 1));
        assertThat(otherYear.year()).isEqualTo(2032);
    }

    @Test
    void storesATicketAndFindsItByNumber() {
        Ticket ticket = aTicket(storedCustomer());

        Ticket stored = repos.tickets().save(ticket);

        Ticket found = repos.tickets().findByNumber(ticket.number()).orElseThrow();
        assertThat(stored.version()).isEqualTo(1);
        assertThat(found.id()).isEqualTo(ticket.id());
        assertThat(found.content()).isEqualTo(ticket.content());
        assertThat(found.status()).isEqualTo(TicketStatus.NEW);
        assertThat(found.createdAt()).isEqualTo(NOW.truncatedTo(ChronoUnit.MICROS));
        assertThat(repos.tickets().findById(ticket.id())).isPresent();
    }

    @Test
    void refusesAStaleTicket() {
        Ticket stored = repos.tickets().save(aTicket(storedCustomer()));
        Ticket mine = repos.tickets().findById(stored.id()).orElseThrow();
        stored.describe("first");
        repos.tickets().save(stored);

        mine.describe("second");

        assertRefused(() -> repos.tickets().save(mine), "common.concurrent-change");
        assertThat(repos.tickets().findById(stored.id()).orElseThrow().description())
                .isEqualTo("first");
    }

    @Test
    void listsTheOpenTicketsOfAnAssigneeNewestFirst() {
        Customer customer = storedCustomer();
        StaffMember technician = repos.staff().save(StaffFixtures.aTechnician());
        Ticket older = forwarded(aTicket(customer), technician);
        Ticket newer = forwarded(aTicket(customer), technician);
        Ticket resolved = aTicket(customer);
        resolved.forwardTo(technician);
        resolved.resolve();
        repos.tickets().save(resolved);
        repos.tickets().save(aTicket(customer));

        List<Ticket> open = repos.tickets().findOpenByAssignee(technician.id(), 10);

        assertThat(open).extracting(Ticket::id).containsExactly(newer.id(), older.id());
        assertThat(open.get(0).assignee()).contains(technician.id());
        assertThat(repos.tickets().findOpenByAssignee(technician.id(), 1)).hasSize(1);
    }

    @Test
    void listsTheTicketsOfACustomerNewestFirst() {
        Customer customer = storedCustomer();
        Ticket first = repos.tickets().save(aTicket(customer));
        Ticket second = repos.tickets().save(aTicket(customer));
        repos.tickets().save(aTicket(storedCustomer()));

        assertThat(repos.tickets().findByCustomer(customer.id(), 10))
                .extracting(Ticket::id)
                .containsExactly(second.id(), first.id());
    }

    @Test
    void keepsTimeEntriesOfATicketInTheOrderTheWorkWasDone() {
        Ticket ticket = repos.tickets().save(aTicket(storedCustomer()));
        StaffMember technician = repos.staff().save(StaffFixtures.aTechnician());
        TimeEntry later =
                repos.timeEntries().save(TimeEntry.record(work(ticket, technician, 27, 30), technician.id(), NOW));
        TimeEntry earlier =
                repos.timeEntries().save(TimeEntry.record(work(ticket, technician, 26, 45), technician.id(), NOW));

        List<TimeEntry> entries = repos.timeEntries().findByTicket(ticket.id());

        assertThat(entries).extracting(TimeEntry::id).containsExactly(earlier.id(), later.id());
        assertThat(entries.get(0).work()).isEqualTo(work(ticket, technician, 26, 45));
        assertThat(entries.get(0).recordedBy()).isEqualTo(technician.id());
    }

    @Test
    void deletesATimeEntry() {
        Ticket ticket = repos.tickets().save(aTicket(storedCustomer()));
        StaffMember technician = repos.staff().save(StaffFixtures.aTechnician());
        TimeEntry entry =
                repos.timeEntries().save(TimeEntry.record(work(ticket, technician, 26, 15), technician.id(), NOW));

        repos.timeEntries().delete(entry.id());

        assertThat(repos.timeEntries().findById(entry.id())).isEmpty();
        assertThat(repos.timeEntries().findByTicket(ticket.id())).isEmpty();
    }

    @Test
    void keepsCallsOfATicketOldestFirst() {
        Ticket ticket = repos.tickets().save(aTicket(storedCustomer()));
        StaffMember technician = repos.staff().save(StaffFixtures.aTechnician());
        CallLog second =
                CallLog.log(ticket.id(), "Anna", "", "Geht wieder", false, technician.id(), NOW.plusSeconds(60));
        CallLog first = CallLog.log(ticket.id(), "Anna", "+49 89 1", "Ruf an", true, technician.id(), NOW);

        repos.calls().add(second);
        repos.calls().add(first);

        assertThat(repos.calls().findByTicket(ticket.id()))
                .extracting(CallLog::summary, CallLog::callbackWanted)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Ruf an", true),
                        org.assertj.core.groups.Tuple.tuple("Geht wieder", false));
    }

    @Test
    void keepsAChecklistWithItsPointsAndTicks() {
        Ticket ticket = repos.tickets().save(aTicket(storedCustomer()));
        StaffMember technician = repos.staff().save(StaffFixtures.aTechnician());
        Checklist started = Checklist.start(
                ticket.id(),
                "Arbeitsplatz",
                List.of(
                        ChecklistItem.required("Rechner aufstellen").withEvidence("Seriennummer"),
                        ChecklistItem.required("Benutzer anmelden")
                                .afterThePrevious()
                                .withNote(),
                        ChecklistItem.required("Altgerät mitnehmen").optional()));
        Checklist stored = repos.checklists().save(started);
        stored.tick(1, technician.id(), NOW, "", "SN-4711");
        stored.tick(2, technician.id(), NOW, "Profil übernommen", "");

        Checklist ticked = repos.checklists().save(stored);

        Checklist found = repos.checklists().findById(started.id()).orElseThrow();
        assertThat(ticked.version()).isEqualTo(2);
        assertThat(found.version()).isEqualTo(2);
        assertThat(found.items()).isEqualTo(started.items());
        assertThat(found.ticks())
                .containsExactly(
                        Optional.of(new Tick(technician.id(), NOW.truncatedTo(ChronoUnit.MICROS), "", "SN-4711")),
                        Optional.of(
                                new Tick(technician.id(), NOW.truncatedTo(ChronoUnit.MICROS), "Profil übernommen", "")),
                        Optional.empty());
    }

    @Test
    void refusesAStaleChecklistAndKeepsTheTickThatWasFirst() {
        Ticket ticket = repos.tickets().save(aTicket(storedCustomer()));
        StaffMember first = repos.staff().save(StaffFixtures.aTechnician());
        StaffMember second = repos.staff().save(StaffFixtures.aTechnician());
        Checklist stored = repos.checklists()
                .save(Checklist.start(ticket.id(), "Liste", List.of(ChecklistItem.required("Punkt"))));
        Checklist mine = repos.checklists().findById(stored.id()).orElseThrow();
        stored.tick(1, first.id(), NOW, "", "");
        repos.checklists().save(stored);

        mine.tick(1, second.id(), NOW, "", "");

        assertRefused(() -> repos.checklists().save(mine), "common.concurrent-change");
        assertThat(repos.checklists()
                        .findById(stored.id())
                        .orElseThrow()
                        .ticks()
                        .get(0))
                .map(Tick::by)
                .contains(first.id());
    }

    @Test
    void listsTheChecklistsOfATicketInTheOrderTheyWereStarted() {
        Ticket ticket = repos.tickets().save(aTicket(storedCustomer()));
        Ticket other = repos.tickets().save(aTicket(storedCustomer()));
        List<ChecklistItem> items = List.of(ChecklistItem.required("Punkt"));
        Checklist z = repos.checklists().save(Checklist.start(ticket.id(), "Zuerst", items));
        Checklist a = repos.checklists().save(Checklist.start(ticket.id(), "Als Zweites", items));
        repos.checklists().save(Checklist.start(other.id(), "Andere", items));

        assertThat(repos.checklists().findByTicket(ticket.id()))
                .extracting(Checklist::id)
                .containsExactly(z.id(), a.id());
    }

    @Test
    void keepsEveryRevisionOfATemplateAndGivesTheNewest() {
        TicketType ownType = repos.catalog().save(TicketType.create("Typ " + unique()));
        StaffMember admin = repos.staff().save(StaffFixtures.anAdmin());
        ChecklistTemplate first = repos.checklistTemplates()
                .add(ChecklistTemplate.first(
                        ownType.id(), "Server", List.of(ChecklistItem.required("Einbauen")), admin.id(), NOW));
        repos.checklistTemplates()
                .add(ChecklistTemplate.first(
                        ownType.id(), "Arbeitsplatz", List.of(ChecklistItem.required("Aufstellen")), admin.id(), NOW));
        ChecklistTemplate second = repos.checklistTemplates()
                .add(first.revise(
                        List.of(
                                ChecklistItem.required("Einbauen"),
                                ChecklistItem.required("Backup").withNote()),
                        admin.id(),
                        NOW));

        assertThat(repos.checklistTemplates().currentFor(ownType.id()))
                .extracting(ChecklistTemplate::name, ChecklistTemplate::revision)
                .containsExactly(tuple("Arbeitsplatz", 1), tuple("Server", 2));
        assertThat(repos.checklistTemplates().current(ownType.id(), "Server"))
                .map(ChecklistTemplate::items)
                .contains(second.items());
        assertRefused(
                () -> repos.checklistTemplates().add(first.revise(first.items(), admin.id(), NOW)),
                "common.concurrent-change");
    }

    @Test
    void keepsDocumentsWithTheirTicketOnce() {
        Ticket ticket = repos.tickets().save(aTicket(storedCustomer()));
        byte[] pdf = "%PDF-1.7 Auftrag".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        Document stored = repos.documents().store(Document.pdf("Auftrag.pdf", pdf, 1024, "x", NOW));

        repos.documents().attach(ticket.id(), stored.id());
        repos.documents().attach(ticket.id(), stored.id());

        assertThat(repos.documents().find(stored.id()).orElseThrow().content()).isEqualTo(pdf);
        assertThat(repos.documents().ofTicket(ticket.id())).singleElement().satisfies(info -> {
            assertThat(info.fileName()).isEqualTo("Auftrag.pdf");
            assertThat(info.size()).isEqualTo(pdf.length);
            assertThat(info.contentType()).isEqualTo(Document.PDF);
        });
    }

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
                        "Einweisung kostenlos"),
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
        assertThat(again.document()).contains(document.id());
        assertThat(again.tickets()).containsExactly(ticket.id());
        assertThat(again.baseTicket()).contains(ticket.id());
        assertThat(again.version()).isEqualTo(2);
        assertRefused(
                () -> repos.orders()
                        .save(Order.receive(
                                new NewOrder(number, customer.number(), order.positions(), ""), customer.id(), NOW)),
                "order.number-taken");
    }

    private Customer storedCustomer() {
        return repos.customers().save(CustomerFixtures.aCustomer("Kunde " + unique()));
    }

    private Ticket aTicket(Customer customer) {
        TicketType type = repos.catalog().save(CatalogFixtures.aTicketType());
        Category category = repos.catalog().save(CatalogFixtures.aCategory());
        StaffMember creator = repos.staff().save(StaffFixtures.aSalesPerson());
        OpenTicket what = new OpenTicket(
                customer.id(),
                customer.contacts().get(0).id(),
                type.id(),
                category.id(),
                "Drucker druckt nicht",
                "Kunde: " + customer.name());
        return Ticket.open(what, repos.ticketNumbers().next(2026), creator.id(), NOW);
    }

    private Ticket forwarded(Ticket ticket, StaffMember technician) {
        ticket.forwardTo(technician);
        return repos.tickets().save(ticket);
    }

    private static LogTime work(Ticket ticket, StaffMember technician, int day, int minutes) {
        return new LogTime(
                ticket.id(),
                technician.id(),
                LocalDate.of(2026, 11, day),
                WorkDuration.ofMinutes(minutes),
                "Fernwartung",
                "Treiber neu installiert",
                true);
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
