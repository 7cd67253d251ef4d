package de.servicebot.bot.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import de.servicebot.bot.CompanyIntegrationTest;
import de.servicebot.bot.Race;
import de.servicebot.bot.TestMailServer;
import de.servicebot.bot.feature.appointment.AppointmentFeature;
import de.servicebot.bot.feature.checklist.ChecklistFeature;
import de.servicebot.bot.feature.creation.CreationFeature;
import de.servicebot.core.customer.Contact;
import de.servicebot.core.customer.Customer;
import de.servicebot.core.shared.EmailAddress;
import de.servicebot.core.shared.Language;
import de.servicebot.core.staff.Role;
import de.servicebot.core.staff.StaffFixtures;
import de.servicebot.core.staff.StaffMember;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Forms arriving many times at once, on PostgreSQL with the application's connection pool: handled once, the
 * others told it is done, nobody told the database is unreachable while it is only busy.
 */
class RequestsOnceIT extends CompanyIntegrationTest {

    private static final int AT_ONCE = 20;

    private final ExecutorService pool = Executors.newFixedThreadPool(50);

    @Autowired
    Conversation conversation;

    private StaffMember sales;
    private StaffMember technician;
    private Customer customer;
    private String annaMail;

    @BeforeEach
    void company() {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        sales = staff.save(StaffFixtures.aStaffMember("Vera Vertrieb", Role.SALES));
        technician = staff.save(StaffFixtures.aStaffMember("Tim Technik", Role.TECHNICIAN));
        annaMail = "anna." + unique + "@kunde.test";
        Customer müller = Customer.create("K-" + unique, "Müller " + unique + " GmbH");
        müller.addContact(Contact.create("Anna Berger", EmailAddress.of(annaMail), "+49 89 1", Language.DE));
        customer = customers.save(müller);
    }

    @AfterEach
    void stopThreads() {
        pool.shutdownNow();
    }

    @Test
    void twentyForwardsOfOneFormAtOnceForwardOnceAndSendOneReceipt() throws Exception {
        FormView form = forwardForm(newTicket());
        Map<String, String> sent = new HashMap<>(form.hidden());
        sent.put("technician", technician.id().toString());
        sent.put("notifyCustomer", "true");
        sent.put("text", "Wir kommen morgen.");

        List<String> answers =
                Race.run(pool, AT_ONCE, i -> () -> text(conversation.submit(sales, form.action(), sent)));

        assertThat(answers.stream().filter(a -> a.contains("ist an Tim Technik weitergeleitet")))
                .hasSize(1);
        assertThat(answers.stream().filter(a -> a.startsWith("Das ist schon erledigt")))
                .hasSize(AT_ONCE - 1);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> TestMailServer.shared().receivedBy(annaMail).size() == 1);
        await().during(Duration.ofSeconds(2))
                .atMost(Duration.ofSeconds(3))
                .until(() -> TestMailServer.shared().receivedBy(annaMail).size() == 1);
        assertThat(jdbc.sql("select count(*) from audit_log where action = 'ticket.forwarded' and subject_id = ?")
                        .param(sent.get(Actions.TICKET_ID))
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void theResolveAndReopenFormsArrivingTwentyTimesAtOnceResolveAndReopenOnce() throws Exception {
        String ticket = newTicket();
        forwardWithoutMail(ticket);
        // a ticket without checklists, so that nothing but the race decides
        jdbc.sql(
                        "delete from checklist_item where checklist_id in (select id from checklist where ticket_id = ?::uuid)")
                .param(ticket)
                .update();
        jdbc.sql("delete from checklist where ticket_id = ?::uuid")
                .param(ticket)
                .update();

        FormView resolve = opened(technician, ChecklistFeature.RESOLVE_OPEN, ticket);
        Map<String, String> resolved = new HashMap<>(resolve.hidden());
        resolved.put("resolution", "Toner getauscht");
        resolved.put("notifyCustomer", "false");
        List<String> resolving =
                Race.run(pool, AT_ONCE, i -> () -> text(conversation.submit(technician, resolve.action(), resolved)));

        FormView reopen = opened(sales, ChecklistFeature.REOPEN_OPEN, ticket);
        Map<String, String> reopened = new HashMap<>(reopen.hidden());
        reopened.put("reopenReason", "Druckt wieder streifig");
        List<String> reopening =
                Race.run(pool, AT_ONCE, i -> () -> text(conversation.submit(sales, reopen.action(), reopened)));

        assertThat(resolving.stream().filter(a -> a.endsWith("ist erledigt."))).hasSize(1);
        assertThat(resolving.stream().filter(a -> a.startsWith("Das ist schon erledigt")))
                .hasSize(AT_ONCE - 1);
        assertThat(reopening.stream().filter(a -> a.endsWith("ist wieder offen.")))
                .hasSize(1);
        assertThat(reopening.stream().filter(a -> a.startsWith("Das ist schon erledigt")))
                .hasSize(AT_ONCE - 1);
        assertThat(jdbc.sql("select action from audit_log where subject_id = ? and action in"
                                + " ('ticket.resolved', 'ticket.reopened') order by id")
                        .param(ticket)
                        .query(String.class)
                        .list())
                .containsExactly("ticket.resolved", "ticket.reopened");
    }

    @Test
    void theAppointmentAndCancelFormsArrivingTwentyTimesAtOnceChangeOnceAndMailTheCustomerOnceEach() throws Exception {
        String ticket = newTicket();
        forwardWithoutMail(ticket);

        FormView set = opened(sales, AppointmentFeature.OPEN, ticket);
        Map<String, String> agreed = new HashMap<>(set.hidden());
        agreed.put("appointmentDate", "2027-01-14");
        agreed.put("appointmentTime", "09:30");
        agreed.put("appointmentVisit", "ON_SITE");
        agreed.put("notifyCustomer", "true");
        List<String> setting =
                Race.run(pool, AT_ONCE, i -> () -> text(conversation.submit(sales, set.action(), agreed)));

        FormView cancel = opened(sales, AppointmentFeature.CANCEL_OPEN, ticket);
        Map<String, String> cancelled = new HashMap<>(cancel.hidden());
        cancelled.put("notifyCustomer", "true");
        List<String> cancelling =
                Race.run(pool, AT_ONCE, i -> () -> text(conversation.submit(sales, cancel.action(), cancelled)));

        assertThat(setting.stream().filter(a -> a.startsWith("Termin für T-"))).hasSize(1);
        assertThat(setting.stream().filter(a -> a.startsWith("Das ist schon erledigt")))
                .hasSize(AT_ONCE - 1);
        assertThat(cancelling.stream().filter(a -> a.contains("abgesagt."))).hasSize(1);
        assertThat(cancelling.stream().filter(a -> a.startsWith("Das ist schon erledigt")))
                .hasSize(AT_ONCE - 1);
        assertThat(jdbc.sql("select action from audit_log where subject_id = ? and action like 'appointment.%'"
                                + " order by id")
                        .param(ticket)
                        .query(String.class)
                        .list())
                .containsExactly("appointment.set", "appointment.cancelled");
        await().atMost(Duration.ofSeconds(10))
                .until(() -> TestMailServer.shared().receivedBy(annaMail).size() == 2);
        await().during(Duration.ofSeconds(2))
                .atMost(Duration.ofSeconds(3))
                .until(() -> TestMailServer.shared().receivedBy(annaMail).size() == 2);
    }

    @Test
    void fiftyRequestsAtOnceAreAllAnsweredWithoutWaitingForAConnection() throws Exception {
        String ticket = newTicket();
        String number = jdbc.sql("select 'T-' || number_year || '-' || lpad(number_sequence::text, 5, '0') "
                        + "from ticket where id = ?::uuid")
                .param(ticket)
                .query(String.class)
                .single();

        long started = System.nanoTime();
        List<String> answers = Race.run(pool, 50, i -> () -> switch (i % 3) {
            case 0 -> text(conversation.message(sales, "ticket " + number));
            case 1 -> text(conversation.submit(sales, CreationFeature.FORWARD_OPEN, Map.of(Actions.TICKET_ID, ticket)));
            default -> text(conversation.message(technician, "meine"));
        });
        long millis = (System.nanoTime() - started) / 1_000_000;

        assertThat(answers).noneMatch(a -> a.contains("nicht erreichbar") || a.contains("Unerwartet"));
        assertThat(millis).isLessThan(10_000);
    }

    /** The form a button of the ticket opens for the person. */
    private FormView opened(StaffMember me, String action, String ticket) {
        return (FormView) conversation
                .submit(me, action, Map.of(Actions.TICKET_ID, ticket))
                .views()
                .get(0);
    }

    private void forwardWithoutMail(String ticket) {
        Map<String, String> forward = new HashMap<>(forwardForm(ticket).hidden());
        forward.put("technician", technician.id().toString());
        forward.put("notifyCustomer", "false");
        conversation.submit(sales, CreationFeature.FORWARD, forward);
    }

    private String newTicket() {
        Map<String, String> inputs = new HashMap<>();
        inputs.put(CreationFeature.CUSTOMER_ID, customer.id().toString());
        inputs.put("contact", customer.contacts().get(0).id().toString());
        inputs.put("type", catalog.types().get(0).id().toString());
        inputs.put("category", catalog.categories().get(0).id().toString());
        inputs.put("subject", "Drucker druckt nicht");
        inputs.put("description", "");
        Reply created = conversation.submit(sales, CreationFeature.NEW_TICKET, inputs);
        return ((TicketView) created.views().get(1)).ticketId();
    }

    private FormView forwardForm(String ticketId) {
        FormView form = (FormView) conversation
                .submit(sales, CreationFeature.FORWARD_OPEN, Map.of(Actions.TICKET_ID, ticketId))
                .views()
                .get(0);
        assertThat(form.hidden()).containsKey(Actions.FORM_TOKEN);
        return form;
    }

    private static String text(Reply reply) {
        return reply.views().get(0) instanceof TextView text
                ? text.text()
                : reply.views().get(0).getClass().getSimpleName();
    }
}
