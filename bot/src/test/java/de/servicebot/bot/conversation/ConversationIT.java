package de.servicebot.bot.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import de.servicebot.adapter.mail.MailParts;
import de.servicebot.bot.CompanyIntegrationTest;
import de.servicebot.bot.TestMailServer;
import de.servicebot.bot.feature.call.CallFeature;
import de.servicebot.bot.feature.creation.CreationFeature;
import de.servicebot.bot.feature.time.TimeFeature;
import de.servicebot.bot.feature.time.TimeSheetView;
import de.servicebot.core.customer.Contact;
import de.servicebot.core.customer.Customer;
import de.servicebot.core.shared.EmailAddress;
import de.servicebot.core.shared.Language;
import de.servicebot.core.staff.Role;
import de.servicebot.core.staff.StaffFixtures;
import de.servicebot.core.staff.StaffMember;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The process through the conversation, on PostgreSQL and a real SMTP server, as a channel would drive it. */
class ConversationIT extends CompanyIntegrationTest {

    private final TestMailServer mailServer = TestMailServer.shared();

    @Autowired
    Conversation conversation;

    private StaffMember sales;
    private StaffMember technician;
    private StaffMember backOffice;
    private Customer customer;
    private Contact anna;
    private String annaMail;

    @BeforeEach
    void company() {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        sales = staff.save(StaffFixtures.aStaffMember("Vera Vertrieb", Role.SALES));
        technician = staff.save(StaffFixtures.aStaffMember("Tim Technik", Role.TECHNICIAN));
        backOffice = staff.save(StaffFixtures.aStaffMember("Ines Innendienst", Role.BACKOFFICE));
        annaMail = "anna." + unique + "@kunde.test";
        Customer müller = Customer.create("K-" + unique, "Müller " + unique + " GmbH");
        anna = müller.addContact(Contact.create("Anna Berger", EmailAddress.of(annaMail), "+49 89 1", Language.DE));
        customer = customers.save(müller);
    }

    @Test
    void forwardingWithTheCustomerMailSendsExactlyOneReceiptWithTheAppointment() {
        TicketView ticket = createTicket(sales);
        LocalDate tomorrow = LocalDate.now(ZoneId.of("Europe/Berlin")).plusDays(1);

        Reply forwarded = conversation.submit(sales, CreationFeature.FORWARD, forwardInputs(ticket, true, tomorrow));

        assertThat(text(forwarded))
                .isEqualTo("Ticket " + ticket.number() + " ist an Tim Technik weitergeleitet. "
                        + "Anna Berger bekommt die Eingangsbestätigung per E-Mail.");
        await().atMost(Duration.ofSeconds(10))
                .until(() -> mailServer.receivedBy(annaMail).size() == 1);
        await().during(Duration.ofSeconds(1))
                .atMost(Duration.ofSeconds(2))
                .until(() -> mailServer.receivedBy(annaMail).size() == 1);
        MimeMessage receipt = mailServer.receivedBy(annaMail).get(0);
        String body = MailParts.of(receipt).text();
        assertThat(body)
                .contains("Ticketnummer " + ticket.number())
                .contains("Vereinbarter Termin: " + appointmentText(tomorrow))
                .contains("Wir bringen Toner mit.");
    }

    @Test
    void forwardingByHandTellsTheTechnicianByMailAndTheCustomerNothingWhenTheMailIsOff() throws Exception {
        TicketView ticket = createTicket(sales);

        conversation.submit(sales, CreationFeature.FORWARD, forwardInputs(ticket, false, null));

        await().atMost(Duration.ofSeconds(10))
                .until(() -> mailServer.receivedBy(technician.email().value()).size() == 1);
        MimeMessage notice = mailServer.receivedBy(technician.email().value()).get(0);
        assertThat(notice.getSubject()).startsWith("Neues Ticket " + ticket.number() + " für dich");
        assertThat(MailParts.of(notice).text()).contains("Vera Vertrieb hat dir das Ticket " + ticket.number());
        assertThat(mailServer.receivedBy(annaMail)).isEmpty();
    }

    @Test
    void aLoggedCallReachesTheAssigneeByMail() throws Exception {
        TicketView ticket = createTicket(sales);
        conversation.submit(sales, CreationFeature.FORWARD, forwardInputs(ticket, false, null));

        Reply logged = conversation.submit(backOffice, CallFeature.LOG, callInputs(ticket));

        assertThat(text(logged))
                .isEqualTo("Der Anruf ist auf " + ticket.number()
                        + " eingetragen. Tim Technik wird per E-Mail informiert.");
        await().atMost(Duration.ofSeconds(10))
                .until(() -> mailServer.receivedBy(technician.email().value()).size() == 2);
        MimeMessage mail = mailServer.receivedBy(technician.email().value()).stream()
                .filter(m -> subject(m).startsWith("Anruf zu"))
                .findFirst()
                .orElseThrow();
        assertThat(mail.getSubject()).isEqualTo("Anruf zu " + ticket.number() + " von Anna Berger – bitte zurückrufen");
        assertThat(MailParts.of(mail).text())
                .contains("Ines Innendienst hat zum Ticket " + ticket.number())
                .contains("Toner ist da, bitte heute noch vorbeikommen");
    }

    @Test
    void dropsNulCharactersFromWhatIsTypedInsteadOfFailingInTheDatabase() {
        TicketView ticket = createTicket(sales);
        conversation.submit(sales, CreationFeature.FORWARD, forwardInputs(ticket, false, null));
        Map<String, String> call = new java.util.HashMap<>(callInputs(ticket));
        call.put("summary", "Toner\u0000 ist da");

        Reply logged = conversation.submit(backOffice, CallFeature.LOG, call);
        Reply shown = conversation.message(backOffice, "ticket\u0000 " + ticket.number());

        assertThat(text(logged)).startsWith("Der Anruf ist auf " + ticket.number() + " eingetragen.");
        assertThat(jdbc.sql("SELECT summary FROM call_log WHERE summary LIKE 'Toner%'")
                        .query(String.class)
                        .list())
                .contains("Toner ist da");
        assertThat(shown.views().get(0)).isInstanceOf(TicketView.class);
    }

    @Test
    void refusesATicketWithoutContactWithTheBundlesTextInGerman() {
        FormView refused = submitWithoutContact(sales);

        assertThat(refused.field("contact").orElseThrow().error())
                .isEqualTo("Bitte wähle den Ansprechpartner beim Kunden.");
        assertThat(refused.field("subject").orElseThrow().value()).isEqualTo("Drucker druckt nicht");
        assertThat(ticketsOfCustomer()).isZero();
    }

    @Test
    void refusesATicketWithoutContactWithTheBundlesTextInEnglish() {
        StaffMember english = StaffFixtures.aStaffMember("Tara Tech", Role.TECHNICIAN);
        english.speak(Language.EN);
        english = staff.save(english);

        FormView refused = submitWithoutContact(english);

        assertThat(refused.field("contact").orElseThrow().error())
                .isEqualTo("Please choose the contact at the customer.");
        assertThat(ticketsOfCustomer()).isZero();
    }

    @Test
    void aCreationThatFailsHalfWayLeavesNothingBehind() {
        int year = LocalDate.now(ZoneId.of("Europe/Berlin")).getYear();
        int numbersBefore = lastNumber(year);
        StaffMember gone = StaffFixtures.aStaffMember("Gerd Gegangen", Role.SALES);

        Reply failed = conversation.submit(gone, CreationFeature.NEW_TICKET, ticketInputs(true));

        assertThat(text(failed)).startsWith("Das hat leider nicht geklappt.").contains("Referenz");
        assertThat(ticketsOfCustomer()).isZero();
        assertThat(lastNumber(year)).isEqualTo(numbersBefore);
    }

    @Test
    void aForwardThatFailsHalfWayKeepsTheTicketAndSendsNoReceipt() {
        TicketView ticket = createTicket(sales);
        StaffMember gone = StaffFixtures.aStaffMember("Gerd Gegangen", Role.SALES);

        Reply failed = conversation.submit(gone, CreationFeature.FORWARD, forwardInputs(ticket, true, null));

        assertThat(text(failed)).startsWith("Das hat leider nicht geklappt.");
        assertThat(jdbc.sql("select status from ticket where id = ?::uuid")
                        .param(ticket.ticketId())
                        .query(String.class)
                        .single())
                .isEqualTo("NEW");
        assertThat(jdbc.sql(
                                "select count(*) from scheduled_tasks where task_instance like 'ticket-received:' || ? || '%'")
                        .param(ticket.ticketId())
                        .query(Integer.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("select count(*) from time_entry where ticket_id = ?::uuid")
                        .param(ticket.ticketId())
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void booksTimeAndShowsTheTotal() {
        TicketView ticket = createTicket(sales);
        conversation.submit(sales, CreationFeature.FORWARD, forwardInputs(ticket, false, null));

        Reply booked = conversation.submit(
                technician,
                TimeFeature.BOOK,
                Map.of(
                        Actions.TICKET_ID,
                        ticket.ticketId(),
                        "duration",
                        "1,5h",
                        "activity",
                        "Fernwartung",
                        "billable",
                        "true"));

        assertThat(text(booked)).isEqualTo("1:30 für „Fernwartung“ auf " + ticket.number() + " gebucht.");
        TimeSheetView sheet = (TimeSheetView) booked.views().get(1);
        assertThat(sheet.rows())
                .extracting(TimeSheetView.Row::activity)
                .containsExactly("Ticketerstellung", "Fernwartung");
        assertThat(sheet.total()).isEqualTo("1:40");
    }

    @Test
    void correctsOwnEntryOfTodayFromTheSheetAndAuditsIt() {
        TicketView ticket = createTicket(sales);
        conversation.submit(sales, CreationFeature.FORWARD, forwardInputs(ticket, false, null));
        Reply booked = conversation.submit(
                technician,
                TimeFeature.BOOK,
                Map.of(Actions.TICKET_ID, ticket.ticketId(), "duration", "45", "activity", "Fernwartung"));
        TimeSheetView.Row mine = ((TimeSheetView) booked.views().get(1)).rows().get(1);
        ButtonView change = mine.buttons().get(0);

        FormView form = (FormView) conversation
                .submit(technician, change.action(), change.data())
                .views()
                .get(0);
        Map<String, String> inputs = new HashMap<>(form.hidden());
        form.fields().forEach(f -> inputs.put(f.name(), f.value()));
        inputs.put("duration", "1:00");
        Reply corrected = conversation.submit(technician, form.action(), inputs);

        assertThat(form.field("duration").orElseThrow().value()).isEqualTo("0:45");
        assertThat(text(corrected))
                .isEqualTo("Zeiteintrag geändert: 1:00 für „Fernwartung“ auf " + ticket.number() + ".");
        assertThat(((TimeSheetView) corrected.views().get(1)).total()).isEqualTo("1:10");
        assertThat(((TimeSheetView) corrected.views().get(1)).rows().get(0).buttons())
                .as("the creation entry is the sales person's, not the technician's")
                .isEmpty();
        assertThat(jdbc.sql("select action from audit_log where subject_id = ? order by id")
                        .param(change.data().get(TimeFeature.ENTRY_ID))
                        .query(String.class)
                        .list())
                .containsExactly("time-entry.booked", "time-entry.corrected");
    }

    @Test
    void answersUnknownInputWithAShortHintOrTheNearestCommandInsteadOfTheWholeHelp() {
        Reply reply = conversation.message(sales, "bitte mach was");
        Reply typo = conversation.message(sales, "zet 4711");

        assertThat(reply.views()).hasSize(1);
        assertThat(text(reply))
                .isEqualTo("„bitte“ verstehe ich nicht. Schreib „hilfe“, dann zeige ich dir alle Befehle.");
        assertThat(text(typo))
                .isEqualTo("„zet“ kenne ich nicht. Meintest du „zeit 4711“? Schreib „hilfe“ für alle Befehle.");
    }

    @Test
    void namesWhatACommandStillNeeds() {
        assertThat(text(conversation.message(sales, "zeit")))
                .isEqualTo("Für „zeit“ brauche ich noch die Ticketnummer, zum Beispiel: zeit T-2026-00042 1:30");
        assertThat(text(conversation.message(sales, "auftrag"))).contains("die Auftragsnummer");
    }

    @Test
    void switchesThePersonsLanguageAndKeepsIt() {
        StaffMember tara = staff.save(StaffFixtures.aStaffMember("Tara Tech", Role.TECHNICIAN));

        assertThat(text(conversation.message(tara, "sprache en"))).isEqualTo("From now on I speak English with you.");
        StaffMember stored = staff.findById(tara.id()).orElseThrow();
        assertThat(stored.language()).isEqualTo(Language.EN);
        assertThat(text(conversation.message(stored, "bitte"))).startsWith("I do not understand");
        assertThat(text(conversation.message(stored, "language klingonisch")))
                .isEqualTo("I do not know \"klingonisch\" as a language. I speak German (de) and English (en).");
        assertThat(text(conversation.message(stored, "language de")))
                .isEqualTo("Ab jetzt spreche ich Deutsch mit dir.");
        assertThat(staff.findById(tara.id()).orElseThrow().language()).isEqualTo(Language.DE);
    }

    @Test
    void routesWhatEveryRegisteredFeatureOffersAndNothingElse() {
        Conversation wiredByHand = de.servicebot.bot.TestFeatures.conversation(new de.servicebot.core.World());

        assertThat(conversation.actionIds()).isEqualTo(wiredByHand.actionIds());
        assertThat(conversation.slashCommands())
                .extracting(CommandSpec::slashCommand)
                .containsExactly("/ticket", "/zeit", "/anruf");
        Reply unknown = conversation.submit(sales, "delivery.note.open", Map.of());
        assertThat(text(unknown))
                .isEqualTo("Diese Schaltfläche kenne ich nicht (mehr). Schreib „hilfe“, um neu anzufangen.");
    }

    @Test
    void listsEveryCommandWithAnExampleInBothLanguages() {
        StaffMember english = StaffFixtures.aStaffMember("Tara Tech", Role.TECHNICIAN);
        english.speak(Language.EN);

        HelpView german =
                (HelpView) conversation.message(sales, "hilfe").views().get(0);
        HelpView inEnglish =
                (HelpView) conversation.message(english, "help").views().get(0);

        assertThat(german.entries())
                .extracting(HelpView.Entry::command)
                .containsExactly(
                        "neu [Betreff]",
                        "ticket <Nummer>",
                        "meine",
                        "kunde <Name>",
                        "weiterleiten <Nummer>",
                        "termin <Nummer>",
                        "zeit <Nummer> [Dauer]",
                        "zeiten <Nummer>",
                        "anruf <Nummer>",
                        "checkliste <Nummer>",
                        "erledigt <Nummer>",
                        "material <Nummer>",
                        "lieferschein <Nummer>",
                        "lager [offen]",
                        "auftrag <Auftragsnummer>",
                        "vorlage <Typ>",
                        "sprache <de|en>",
                        "hilfe");
        assertThat(inEnglish.entries())
                .extracting(HelpView.Entry::example)
                .contains("new Printer does not print", "mine");
        assertThat(german.entries()).allSatisfy(e -> assertThat(e.example()).isNotBlank());
    }

    @Test
    void answersForgedIdsAndUnknownTicketsWithAClearText() {
        assertThat(text(conversation.submit(
                        sales, CreationFeature.FORWARD, Map.of(Actions.TICKET_ID, "../../etc/passwd"))))
                .isEqualTo("Diese Auswahl ist nicht (mehr) gültig. Bitte wähle neu aus.");
        assertThat(text(conversation.message(sales, "ticket T-1999-1")))
                .isEqualTo("„T-1999-1“ ist keine Ticketnummer. Ticketnummern sehen so aus: T-2026-00042.");
        assertThat(text(conversation.submit(sales, "no.such.action", Map.of())))
                .startsWith("Diese Schaltfläche kenne ich nicht");
    }

    @Test
    void refusesTheBackOfficeANewTicketPolitely() {
        assertThat(text(conversation.message(backOffice, "neu")))
                .isEqualTo("Das darfst du leider nicht: Tickets anlegen.");
    }

    @Test
    void findsTheTicketsOfMineAndOfACustomer() {
        TicketView ticket = createTicket(sales);
        conversation.submit(sales, CreationFeature.FORWARD, forwardInputs(ticket, false, null));

        TicketListView mine = (TicketListView)
                conversation.message(technician, "meine").views().get(0);
        TicketListView ofCustomer = (TicketListView)
                conversation.message(sales, "kunde " + customer.name()).views().get(0);

        assertThat(mine.items()).extracting(TicketListView.Item::number).containsExactly(ticket.number());
        assertThat(mine.items().get(0).customer()).isEqualTo(customer.name());
        assertThat(ofCustomer.items()).extracting(TicketListView.Item::number).containsExactly(ticket.number());
        assertThat(conversation.customers(sales, customer.name().substring(0, 12)))
                .extracting(FormView.Option::value)
                .containsExactly(customer.id().toString());
    }

    private TicketView createTicket(StaffMember me) {
        FormView first = (FormView)
                conversation.message(me, "neu Drucker druckt nicht").views().get(0);
        assertThat(first.action()).isEqualTo(CreationFeature.NEW_TICKET_CUSTOMER);
        FormView second = (FormView) conversation
                .submit(
                        me,
                        CreationFeature.NEW_TICKET_CUSTOMER,
                        Map.of("customer", customer.id().toString(), "subject", "Drucker druckt nicht"))
                .views()
                .get(0);
        assertThat(second.field("description").orElseThrow().value()).contains("Aufgenommen am");
        Map<String, String> inputs = new HashMap<>(ticketInputs(true));
        inputs.put("description", second.field("description").orElseThrow().value());
        Reply created = conversation.submit(me, CreationFeature.NEW_TICKET, inputs);
        assertThat(text(created)).startsWith("Ticket T-");
        TicketView ticket = (TicketView) created.views().get(1);
        assertThat(ticket.description()).contains("Kunde: " + customer.name()).contains("Ansprechpartner: Anna Berger");
        return ticket;
    }

    private FormView submitWithoutContact(StaffMember me) {
        Reply reply = conversation.submit(me, CreationFeature.NEW_TICKET, ticketInputs(false));
        return (FormView) reply.views().get(0);
    }

    private Map<String, String> ticketInputs(boolean withContact) {
        Map<String, String> inputs = new HashMap<>();
        inputs.put(CreationFeature.CUSTOMER_ID, customer.id().toString());
        if (withContact) {
            inputs.put("contact", anna.id().toString());
        }
        inputs.put("type", catalog.types().get(0).id().toString());
        inputs.put("category", catalog.categories().get(0).id().toString());
        inputs.put("subject", "Drucker druckt nicht");
        inputs.put("description", "");
        return inputs;
    }

    private Map<String, String> forwardInputs(TicketView ticket, boolean notify, LocalDate appointment) {
        Map<String, String> inputs = new HashMap<>();
        inputs.put(Actions.TICKET_ID, ticket.ticketId());
        inputs.put("technician", technician.id().toString());
        inputs.put("notifyCustomer", String.valueOf(notify));
        if (appointment != null) {
            inputs.put("appointmentDate", appointment.toString());
            inputs.put("appointmentTime", "10:00");
        }
        inputs.put("text", "Wir bringen Toner mit.");
        return inputs;
    }

    private static Map<String, String> callInputs(TicketView ticket) {
        return Map.of(
                Actions.TICKET_ID,
                ticket.ticketId(),
                "callerName",
                "Anna Berger",
                "callerPhone",
                "+49 89 1",
                "summary",
                "Toner ist da, bitte heute noch vorbeikommen",
                "callbackWanted",
                "true");
    }

    private static String appointmentText(LocalDate day) {
        return de.servicebot.core.shared.Formats.appointment(day.atTime(10, 0), Language.DE);
    }

    private int ticketsOfCustomer() {
        return jdbc.sql("select count(*) from ticket where customer_id = ?::uuid")
                .param(customer.id().toString())
                .query(Integer.class)
                .single();
    }

    private int lastNumber(int year) {
        return jdbc.sql("select coalesce(max(last_sequence), 0) from ticket_number_counter where year = ?")
                .param(year)
                .query(Integer.class)
                .single();
    }

    private static String text(Reply reply) {
        List<View> views = reply.views();
        assertThat(views.get(0)).as("first view of %s", views).isInstanceOf(TextView.class);
        return ((TextView) views.get(0)).text();
    }

    private static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (jakarta.mail.MessagingException unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }
}
