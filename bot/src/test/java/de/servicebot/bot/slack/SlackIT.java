package de.servicebot.bot.slack;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import de.servicebot.bot.CompanyIntegrationTest;
import de.servicebot.bot.TestMailServer;
import de.servicebot.bot.TestSlack;
import de.servicebot.core.call.CallService;
import de.servicebot.core.call.LogCall;
import de.servicebot.core.creation.ForwardTicket;
import de.servicebot.core.customer.Contact;
import de.servicebot.core.customer.Customer;
import de.servicebot.core.shared.EmailAddress;
import de.servicebot.core.shared.Language;
import de.servicebot.core.staff.Role;
import de.servicebot.core.staff.StaffFixtures;
import de.servicebot.core.staff.StaffMember;
import de.servicebot.core.ticket.Appointment;
import de.servicebot.core.ticket.Ticket;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Slack over real HTTP to the running app; WireMock plays Slack's Web API. */
class SlackIT extends CompanyIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final TestSlack slack = TestSlack.shared();
    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    CallService calls;

    private StaffMember sales;
    private StaffMember tim;
    private String slackUser;
    private Customer customer;
    private Contact anna;
    private String annaMail;

    @BeforeEach
    void slackAndCompany() {
        slack.reset();
        sales = staff.save(StaffFixtures.aStaffMember("Vera Vertrieb", Role.SALES));
        slackUser = "U" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        slack.knowsUser(sales.email().value());
        String unique = UUID.randomUUID().toString().substring(0, 8);
        annaMail = "anna." + unique + "@kunde.test";
        Customer müller = Customer.create("K-" + unique, "Slack Kunde " + unique);
        anna = müller.addContact(Contact.create("Anna Berger", EmailAddress.of(annaMail), "", Language.DE));
        customer = customers.save(müller);
    }

    @Test
    void answersASignedSlashCommand() throws Exception {
        HttpResponse<String> response = command("/ticket", "hilfe", now(), TestSlack.SIGNING_SECRET);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(response.body()).toString())
                .contains("Das kann Servicebot")
                .contains("zeit &lt;Nummer&gt; [Dauer]");
        assertThat(staff.findById(sales.id()).orElseThrow().slackUserId()).contains(slackUser);
    }

    @Test
    void refusesUnsignedWrongSecretAndStaleRequestsAndChangesNothing() throws Exception {
        String body = commandBody("/ticket", "meine");
        String ts = now();
        Map<String, HttpResponse<String>> responses = new LinkedHashMap<>();

        responses.put("unsigned", post(body, "application/x-www-form-urlencoded", Map.of()));
        responses.put(
                "wrong secret",
                post(
                        body,
                        "application/x-www-form-urlencoded",
                        headers(ts, TestSlack.sign(ts, body, "not-the-secret"))));
        String stale = String.valueOf(Instant.now().minusSeconds(6 * 60).getEpochSecond());
        responses.put(
                "stale",
                post(
                        body,
                        "application/x-www-form-urlencoded",
                        headers(stale, TestSlack.sign(stale, body, TestSlack.SIGNING_SECRET))));

        responses.forEach(
                (what, response) -> assertThat(response.statusCode()).as(what).isEqualTo(401));
        slack.server().verify(0, postRequestedFor(urlPathEqualTo("/api/users.info")));
        assertThat(staff.findById(sales.id()).orElseThrow().slackUserId()).isEmpty();
    }

    @Test
    void opensTheNewTicketModalForTicketNeu() throws Exception {
        HttpResponse<String> response = command("/ticket", "neu Drucker", now(), TestSlack.SIGNING_SECRET);

        assertThat(response.statusCode()).isEqualTo(200);
        LoggedRequest opened = slack.server()
                .findAll(postRequestedFor(urlPathEqualTo("/api/views.open")))
                .get(0);
        Map<String, String> form = form(opened.getBodyAsString());
        assertThat(form.get("trigger_id")).isEqualTo("trigger-1");
        JsonNode view = JSON.readTree(form.get("view"));
        assertThat(view.path("callback_id").asString()).isEqualTo("ticket.new.customer");
        assertThat(view.toString()).contains("external_select").contains("Drucker");
    }

    @Test
    void createsTheTicketFromTheModalAndTheForwardModalSendsTheReceipt() throws Exception {
        HttpResponse<String> created = submit(
                "ticket.new",
                Map.of("customerId", customer.id().toString()),
                Map.of(
                        "contact", selected(anna.id().toString()),
                        "type", selected(catalog.types().get(0).id().toString()),
                        "category", selected(catalog.categories().get(0).id().toString()),
                        "subject", typed("Drucker druckt nicht"),
                        "description", typed("")));

        assertThat(created.statusCode()).isEqualTo(200);
        assertThat(created.body()).isEmpty();
        String ticketId = jdbc.sql("select id::text from ticket where customer_id = ?::uuid")
                .param(customer.id().toString())
                .query(String.class)
                .single();
        await().atMost(Duration.ofSeconds(10)).until(() -> !slack.server()
                .findAll(postRequestedFor(urlPathEqualTo("/api/chat.postMessage")))
                .isEmpty());
        StaffMember technician = staff.save(StaffFixtures.aStaffMember("Tim Technik", Role.TECHNICIAN));
        JsonNode card = JSON.readTree(form(slack.server()
                        .findAll(postRequestedFor(urlPathEqualTo("/api/chat.postMessage")))
                        .get(0)
                        .getBodyAsString())
                .get("blocks"));
        blockAction(button(card, "ticket.forward.open"));
        JsonNode preview = awaitModal("ticket.forward").findParents("type").stream()
                .filter(block -> "section".equals(block.path("type").asString())
                        && block.path("text").path("text").asString().contains("Eingangsbestätigung"))
                .findFirst()
                .orElseThrow();
        assertThat(preview.path("text").path("text").asString())
                .as("the whole receipt, as a text block in the modal")
                .contains("*So kommt die Eingangsbestätigung bei Anna", "Guten Tag Anna", "Mit freundlichen Grüßen");

        HttpResponse<String> forwarded = submit(
                "ticket.forward",
                Map.of("ticketId", ticketId),
                Map.of(
                        "technician", selected(technician.id().toString()),
                        "notifyCustomer", checked(true),
                        "text", typed("Wir melden uns heute noch.")));

        assertThat(forwarded.statusCode()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> TestMailServer.shared().receivedBy(annaMail).size() == 1);
        assertThat(jdbc.sql("select status from ticket where id = ?::uuid")
                        .param(ticketId)
                        .query(String.class)
                        .single())
                .isEqualTo("FORWARDED");
    }

    @Test
    void theModalsResultReachesThePersonAfterSlackFailedToTakeItOnce() throws Exception {
        slack.failsPostMessageOnce(500);

        HttpResponse<String> created =
                submit("ticket.new", Map.of("customerId", customer.id().toString()), newTicket());

        assertThat(created.statusCode()).isEqualTo(200);
        List<LoggedRequest> posts = await().atMost(Duration.ofSeconds(15))
                .until(
                        () -> slack.server().findAll(postRequestedFor(urlPathEqualTo("/api/chat.postMessage"))),
                        all -> all.size() >= 2);
        assertThat(posts).hasSize(2);
        assertThat(posts)
                .allSatisfy(post -> assertThat(form(post.getBodyAsString()).get("text"))
                        .startsWith("Ticket T-")
                        .contains("ist angelegt"));
    }

    @Test
    void aModalSubmissionReplayedWithItsSignatureCreatesOneTicket() throws Exception {
        String body =
                submission("ticket.new", Map.of("customerId", customer.id().toString()), newTicket());
        String ts = now();
        Map<String, String> signed = headers(ts, TestSlack.sign(ts, body, TestSlack.SIGNING_SECRET));

        HttpResponse<String> first = post(body, "application/x-www-form-urlencoded", signed);
        HttpResponse<String> replayed = post(body, "application/x-www-form-urlencoded", signed);

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(replayed.statusCode()).isEqualTo(200);
        assertThat(jdbc.sql("select count(*) from ticket where customer_id = ?::uuid")
                        .param(customer.id().toString())
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        await().during(Duration.ofSeconds(1))
                .atMost(Duration.ofSeconds(5))
                .until(
                        () -> slack.server()
                                .findAll(postRequestedFor(urlPathEqualTo("/api/chat.postMessage")))
                                .size(),
                        n -> n == 1);
    }

    /** Anna's ticket, forwarded by Vera to Tim Technik ({@link #tim}), who is known in Slack and has been told. */
    private Ticket ticketOfASlackTechnician() {
        Ticket ticket = annasTicketWithATechnicianInSlack();
        creation.forward(ForwardTicket.to(ticket.id(), tim.id()), sales);
        await().atMost(Duration.ofSeconds(15))
                .until(() -> assignmentNoticeFor(ticket).isPresent());
        return ticket;
    }

    /** Anna's new ticket, opened by Vera; Tim Technik ({@link #tim}) is known in Slack. */
    private Ticket annasTicketWithATechnicianInSlack() {
        StaffMember technician = StaffFixtures.aStaffMember("Tim Technik", Role.TECHNICIAN);
        technician.linkSlack("U" + UUID.randomUUID().toString().substring(0, 8).toUpperCase());
        tim = staff.save(technician);
        return openTicket(customer, anna, "Drucker", sales);
    }

    private Optional<LoggedRequest> assignmentNoticeFor(Ticket ticket) {
        return slack.server().findAll(postRequestedFor(urlPathEqualTo("/api/chat.postMessage"))).stream()
                .filter(post -> String.valueOf(form(post.getBodyAsString()).get("text"))
                        .contains("hat dir Ticket " + ticket.number()))
                .findFirst();
    }

    @Test
    void tellsTheTechnicianInADirectMessageAndByMailWhenATicketIsForwardedToThemByHand() throws Exception {
        Ticket ticket = annasTicketWithATechnicianInSlack();

        HttpResponse<String> forwarded = submit(
                "ticket.forward",
                Map.of("ticketId", ticket.id().toString()),
                Map.of("technician", selected(tim.id().toString()), "notifyCustomer", checked(false)));

        assertThat(forwarded.statusCode()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(15))
                .until(() -> assignmentNoticeFor(ticket).isPresent());
        Map<String, String> notice =
                form(assignmentNoticeFor(ticket).orElseThrow().getBodyAsString());
        assertThat(notice.get("channel")).isEqualTo("D1");
        assertThat(notice.get("text"))
                .isEqualTo("Vera Vertrieb hat dir Ticket " + ticket.number() + " „Drucker“ für " + customer.name()
                        + " zugewiesen.");
        await().atMost(Duration.ofSeconds(10))
                .until(() ->
                        TestMailServer.shared().receivedBy(tim.email().value()).size() == 1);
        assertThat(TestMailServer.shared()
                        .receivedBy(tim.email().value())
                        .get(0)
                        .getSubject())
                .isEqualTo("Neues Ticket " + ticket.number() + " für dich: Drucker");
        assertThat(TestMailServer.shared().receivedBy(annaMail))
                .as("no receipt unticked")
                .isEmpty();
    }

    private Map<String, ObjectNode> newTicket() {
        return Map.of(
                "contact", selected(anna.id().toString()),
                "type", selected(catalog.types().get(0).id().toString()),
                "category", selected(catalog.categories().get(0).id().toString()),
                "subject", typed("Drucker druckt nicht"),
                "description", typed(""));
    }

    @Test
    void answersAMissingFieldWithTheModalErrorAndStoresNothing() throws Exception {
        HttpResponse<String> refused = submit(
                "ticket.new",
                Map.of("customerId", customer.id().toString()),
                Map.of(
                        "type", selected(catalog.types().get(0).id().toString()),
                        "category", selected(catalog.categories().get(0).id().toString()),
                        "subject", typed("Ohne Ansprechpartner")));

        assertThat(refused.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(refused.body());
        assertThat(body.path("response_action").asString()).isEqualTo("errors");
        assertThat(body.path("errors").path("contact").asString())
                .isEqualTo("Bitte wähle den Ansprechpartner beim Kunden.");
        assertThat(jdbc.sql("select count(*) from ticket where customer_id = ?::uuid")
                        .param(customer.id().toString())
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void aRateLimitedMessagePausesTheNextMessageToo() throws Exception {
        Ticket ticket = ticketOfASlackTechnician();
        slack.server().resetRequests();
        slack.throttlesPostMessageOnce(2);

        calls.log(new LogCall(ticket.id(), "Anna Berger", "+49 89 1", "Toner ist leer", false), sales);
        await().atMost(Duration.ofSeconds(5)).until(() -> !slack.server()
                .findAll(postRequestedFor(urlPathEqualTo("/api/chat.postMessage")))
                .isEmpty());
        calls.log(new LogCall(ticket.id(), "Anna Berger", "+49 89 1", "Papier ist auch leer", false), sales);

        await().atMost(Duration.ofSeconds(20))
                .until(() -> slack.server()
                                .findAll(postRequestedFor(urlPathEqualTo("/api/chat.postMessage")))
                                .size()
                        == 3);
        List<LoggedRequest> posts = slack.server().findAll(postRequestedFor(urlPathEqualTo("/api/chat.postMessage")));
        LoggedRequest second = posts.stream()
                .filter(post -> form(post.getBodyAsString()).get("text").contains("Papier"))
                .findFirst()
                .orElseThrow();
        assertThat(Duration.between(
                        posts.get(0).getLoggedDate().toInstant(),
                        second.getLoggedDate().toInstant()))
                .isGreaterThanOrEqualTo(Duration.ofMillis(1900));
    }

    @Test
    void sendsTheTechnicianADirectMessageAboutACallAndWaitsOutSlacksRateLimit() throws Exception {
        Ticket ticket = ticketOfASlackTechnician();
        slack.server().resetRequests();
        slack.throttlesPostMessageOnce(1);

        calls.log(new LogCall(ticket.id(), "Anna Berger", "+49 89 1", "Toner ist leer", true), sales);

        await().atMost(Duration.ofSeconds(20))
                .until(() -> slack.server()
                                .findAll(postRequestedFor(urlPathEqualTo("/api/chat.postMessage")))
                                .size()
                        == 2);
        List<LoggedRequest> attempts =
                slack.server().findAll(postRequestedFor(urlPathEqualTo("/api/chat.postMessage")));
        assertThat(Duration.between(
                        attempts.get(0).getLoggedDate().toInstant(),
                        attempts.get(1).getLoggedDate().toInstant()))
                .isGreaterThanOrEqualTo(Duration.ofMillis(950));
        Map<String, String> message = form(attempts.get(1).getBodyAsString());
        assertThat(message.get("channel")).isEqualTo("D1");
        assertThat(message.get("text"))
                .contains("Vera Vertrieb hat einen Anruf zu " + ticket.number())
                .contains("Toner ist leer");
        assertThat(form(slack.server()
                                .findAll(postRequestedFor(urlPathEqualTo("/api/conversations.open")))
                                .get(0)
                                .getBodyAsString())
                        .get("users"))
                .isEqualTo(tim.slackUserId().orElseThrow());
    }

    @Test
    void handlesAnEventSlackDeliversAgainOnlyOnce() throws Exception {
        String event = "{\"type\":\"event_callback\",\"team_id\":\"" + TestSlack.TEAM + "\",\"api_app_id\":\"A1\","
                + "\"event_id\":\"Ev" + UUID.randomUUID().toString().substring(0, 8) + "\",\"event_time\":1,"
                + "\"event\":{\"type\":\"app_home_opened\",\"user\":\"" + slackUser + "\",\"channel\":\"D1\","
                + "\"tab\":\"home\",\"event_ts\":\"1.0\"}}";

        String ts = now();
        assertThat(post(event, "application/json", headers(ts, TestSlack.sign(ts, event, TestSlack.SIGNING_SECRET)))
                        .statusCode())
                .isEqualTo(200);
        Map<String, String> retry = new HashMap<>(headers(ts, TestSlack.sign(ts, event, TestSlack.SIGNING_SECRET)));
        retry.put("X-Slack-Retry-Num", "1");
        retry.put("X-Slack-Retry-Reason", "http_timeout");
        assertThat(post(event, "application/json", retry).statusCode()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(10)).until(() -> !slack.server()
                .findAll(postRequestedFor(urlPathEqualTo("/api/views.publish")))
                .isEmpty());
        Thread.sleep(500);
        List<LoggedRequest> published = slack.server().findAll(postRequestedFor(urlPathEqualTo("/api/views.publish")));
        assertThat(published).hasSize(1);
        assertThat(form(published.get(0).getBodyAsString()).get("view")).contains("Meine offenen Tickets");
    }

    @Test
    void refusesAWorkspaceThatIsNotAllowedInASentenceWithoutLookingAnyoneUp() throws Exception {
        String body = commandBody("/ticket", "hilfe").replace("team_id=" + TestSlack.TEAM, "team_id=TOTHER");
        String ts = now();

        HttpResponse<String> response = post(
                body,
                "application/x-www-form-urlencoded",
                headers(ts, TestSlack.sign(ts, body, TestSlack.SIGNING_SECRET)));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode answer = JSON.readTree(response.body());
        assertThat(answer.path("response_type").asString()).isEqualTo("ephemeral");
        assertThat(answer.path("text").asString())
                .contains("nicht freigeschaltet")
                .contains("not enabled for this Slack workspace");
        slack.server().verify(0, postRequestedFor(urlPathEqualTo("/api/users.info")));
    }

    @Test
    void refusesSomeoneWhoIsNotOnTheStaffPolitely() throws Exception {
        slack.knowsUser("stranger@elsewhere.example");

        HttpResponse<String> response = command("/ticket", "meine", now(), TestSlack.SIGNING_SECRET);

        assertThat(JSON.readTree(response.body()).toString()).contains("Dich kenne ich leider nicht");
    }

    @Test
    void offersCustomersAsTheNameIsTypedAndThenTheContactsOfTheChosenOne() throws Exception {
        ObjectNode suggestion = JSON.createObjectNode();
        suggestion.put("type", "block_suggestion").put("action_id", "customer").put("block_id", "customer");
        // the name up to the last two characters of its unique part: only this test's customer starts so
        suggestion
                .put("value", customer.name().substring(0, customer.name().length() - 2))
                .put("api_app_id", "A1");
        suggestion.putObject("team").put("id", TestSlack.TEAM);
        suggestion.putObject("user").put("id", slackUser);
        String body = "payload=" + URLEncoder.encode(suggestion.toString(), StandardCharsets.UTF_8);
        String ts = now();

        JsonNode options = JSON.readTree(post(
                                body,
                                "application/x-www-form-urlencoded",
                                headers(ts, TestSlack.sign(ts, body, TestSlack.SIGNING_SECRET)))
                        .body())
                .path("options");
        HttpResponse<String> next = submit(
                "ticket.new.customer",
                Map.of(),
                Map.of("customer", selected(customer.id().toString()), "subject", typed("Drucker")));

        assertThat(options.get(0).path("value").asString())
                .isEqualTo(customer.id().toString());
        JsonNode update = JSON.readTree(next.body());
        assertThat(update.path("response_action").asString()).isEqualTo("update");
        assertThat(update.path("view").path("callback_id").asString()).isEqualTo("ticket.new");
        assertThat(update.path("view").toString())
                .contains("Anna Berger")
                .contains(customer.id().toString());
    }

    @Test
    void aTechnicianTicksWithSlackButtonsAndTheModalAndCannotResolveWithAPointOpen() throws Exception {
        StaffMember technician = staff.save(StaffFixtures.aStaffMember("Tim Technik", Role.TECHNICIAN));
        slack.knowsUser(technician.email().value());
        slackUser = "U" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String ticketId = ticketWithChecklistFor(technician);
        String number = jdbc.sql("select 'T-' || number_year || '-' || lpad(number_sequence::text, 5, '0')"
                        + " from ticket where id = ?::uuid")
                .param(ticketId)
                .query(String.class)
                .single();

        HttpResponse<String> shown = command("/ticket", "checkliste " + number, now(), TestSlack.SIGNING_SECRET);
        assertThat(shown.body()).contains("0/2 erledigt");
        JsonNode tick = button(JSON.readTree(shown.body()), "checklist.tick");

        assertThat(blockAction(tick).statusCode()).isEqualTo(200);

        JsonNode ticked = awaitResponse("1/2 erledigt");
        assertThat(ticked.path("replace_original").asBoolean()).isTrue();
        assertThat(ticked.toString()).contains("Punkt 1 „Server einbauen“ ist abgehakt", "erledigt von Tim Technik");
        assertThat(jdbc.sql("select done_by::text from checklist_item i join checklist c on c.id = i.checklist_id"
                                + " where c.ticket_id = ?::uuid and i.position = 1")
                        .param(ticketId)
                        .query(String.class)
                        .single())
                .isEqualTo(technician.id().toString());

        blockAction(button(ticked, "ticket.resolve.open"));
        JsonNode confirm = awaitModal("ticket.resolve");
        assertThat(confirm.toString()).contains("Was wurde erledigt?");
        Map<String, String> resolving = JSON.readValue(
                confirm.path("private_metadata").asString(), new TypeReference<Map<String, String>>() {});
        HttpResponse<String> withoutNote =
                submit("ticket.resolve", resolving, Map.of("resolution", typed(" "), "notifyCustomer", checked(false)));
        assertThat(JSON.readTree(withoutNote.body())
                        .path("errors")
                        .path("resolution")
                        .asString())
                .contains("Bitte schreib kurz, was erledigt wurde");
        assertThat(status(ticketId)).isEqualTo("FORWARDED");

        HttpResponse<String> early = submit(
                "ticket.resolve",
                resolving,
                Map.of("resolution", typed("Server eingebaut"), "notifyCustomer", checked(false)));
        assertThat(early.statusCode()).isEqualTo(200);
        assertThat(early.body())
                .as("the refusal, in the modal, which stays open")
                .contains("kann noch nicht als erledigt gemeldet werden", "Rollout: Backup einrichten");
        assertThat(status(ticketId)).isEqualTo("FORWARDED");

        JsonNode open = button(ticked, "checklist.tick.open");
        blockAction(open);
        JsonNode modal = awaitModal("checklist.tick");
        assertThat(modal.toString()).contains("Seriennummer");
        Map<String, String> hidden =
                JSON.readValue(modal.path("private_metadata").asString(), new TypeReference<Map<String, String>>() {});

        HttpResponse<String> missing = submit("checklist.tick", hidden, Map.of("evidence", typed("")));
        assertThat(JSON.readTree(missing.body()).path("errors").path("evidence").asString())
                .contains("Bitte trage die Seriennummer ein");
        HttpResponse<String> done = submit("checklist.tick", hidden, Map.of("evidence", typed("SN-4711")));
        assertThat(done.statusCode()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> slack.server().findAll(postRequestedFor(urlPathEqualTo("/api/chat.postMessage"))).stream()
                        .anyMatch(r -> URLDecoder.decode(r.getBodyAsString(), StandardCharsets.UTF_8)
                                .contains("2/2 erledigt")));

        HttpResponse<String> resolved = submit(
                "ticket.resolve",
                resolving,
                Map.of("resolution", typed("Server eingebaut, Backup läuft"), "notifyCustomer", checked(false)));
        assertThat(resolved.statusCode()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(10)).until(() -> status(ticketId).equals("RESOLVED"));
    }

    @Test
    void onSiteTimeWaitsForTheDeliveryNoteTheTechniciansMaterialFillsItAndSalesIssuesIt() throws Exception {
        StaffMember technician = staff.save(StaffFixtures.aStaffMember("Tim Technik", Role.TECHNICIAN));
        String verasSlackId = slackUser;
        slack.knowsUser(technician.email().value());
        slackUser = "U" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        Customer lager = customers.findById(customer.id()).orElseThrow();
        lager.locatedAt("Lagerweg 1\n86150 Augsburg");
        lager.lookedAfterBy(sales.id());
        customers.save(lager);
        Ticket ticket = openTicket(customer, anna, "Netzwerk", sales);
        creation.forward(
                new ForwardTicket(
                        ticket.id(),
                        technician.id(),
                        false,
                        Optional.of(Appointment.onSite(
                                java.time.LocalDate.now().plusDays(1).atTime(9, 0))),
                        "",
                        Optional.empty()),
                sales);
        Map<String, String> about = Map.of("ticketId", ticket.id().toString());

        HttpResponse<String> refused = submit(
                "time.book",
                about,
                Map.of(
                        "duration", typed("2h"),
                        "activity", selected("Fernwartung"),
                        "billable", checked(true),
                        "onSite", checked(true)));
        assertThat(JSON.readTree(refused.body()).path("errors").toString())
                .as("refused in the modal, naming the salesperson to ask")
                .contains("Termine vor Ort immer nur mit Lieferschein: bitte frag Vera Vertrieb");

        submit(
                "time.book",
                about,
                Map.of("duration", typed("30"), "activity", selected("Fernwartung"), "billable", checked(true)));
        JsonNode sheet = await().atMost(Duration.ofSeconds(10))
                .until(
                        () -> slack.server().findAll(postRequestedFor(urlPathEqualTo("/api/chat.postMessage"))).stream()
                                .map(post -> form(post.getBodyAsString()).get("blocks"))
                                .filter(blocks -> blocks != null && blocks.contains("delivery.material.open"))
                                .map(JSON::readTree)
                                .findFirst(),
                        Optional::isPresent)
                .orElseThrow();
        Map<String, String> entry = JSON.readValue(
                button(sheet, "delivery.material.open").path("value").asString(),
                new TypeReference<Map<String, String>>() {});
        assertThat(entry).containsKey("entryId");
        Map<String, String> first = new java.util.HashMap<>(entry);
        first.put("formToken", UUID.randomUUID().toString());
        Map<String, String> second = new java.util.HashMap<>(entry);
        second.put("formToken", UUID.randomUUID().toString());
        assertThat(submit("delivery.material", first, Map.of("article", selected("TN-1001"), "quantity", typed("2")))
                        .statusCode())
                .isEqualTo(200);
        assertThat(submit(
                                "delivery.material",
                                second,
                                Map.of(
                                        "material", typed("Patchkabel 3 m"),
                                        "quantity", typed("4"),
                                        "unit", typed("Stück")))
                        .statusCode())
                .isEqualTo(200);

        slackUser = verasSlackId;
        slack.knowsUser(sales.email().value());
        HttpResponse<String> draft =
                command("/ticket", "lieferschein " + ticket.number(), now(), TestSlack.SIGNING_SECRET);
        assertThat(draft.body()).contains("Toner HP 26A schwarz", "Patchkabel 3 m", "Lagerweg 1");
        blockAction(button(JSON.readTree(draft.body()), "delivery.issue"));

        JsonNode issued = awaitResponse("ist ausgestellt");
        assertThat(issued.toString()).containsPattern("Lieferschein LS-\\d{4}-\\d{5} für Ticket");
        await().atMost(Duration.ofSeconds(15))
                .until(() -> slack.server().findAll(postRequestedFor(urlPathEqualTo("/api/chat.postMessage"))).stream()
                        .anyMatch(post -> URLDecoder.decode(post.getBodyAsString(), StandardCharsets.UTF_8)
                                .contains("hat den Lieferschein LS-")));
    }

    /** The first button in the blocks with that action id. */
    private static JsonNode button(JsonNode message, String actionId) {
        return message.findParents("action_id").stream()
                .filter(b -> actionId.equals(b.path("action_id").asString()) && b.has("value"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no button " + actionId + " in " + message));
    }

    private HttpResponse<String> blockAction(JsonNode button) throws Exception {
        ObjectNode payload = slack.blockAction(
                slackUser,
                button.path("action_id").asString(),
                button.path("value").asString());
        String body = "payload=" + URLEncoder.encode(payload.toString(), StandardCharsets.UTF_8);
        String ts = now();
        return post(
                body,
                "application/x-www-form-urlencoded",
                headers(ts, TestSlack.sign(ts, body, TestSlack.SIGNING_SECRET)));
    }

    /** The latest message Servicebot posted to the response URL that contains the text. */
    /** The last modal opened with that callback id. */
    private JsonNode awaitModal(String callbackId) {
        return await().atMost(Duration.ofSeconds(10))
                .until(
                        () -> slack.server().findAll(postRequestedFor(urlPathEqualTo("/api/views.open"))).stream()
                                .map(r ->
                                        JSON.readTree(form(r.getBodyAsString()).get("view")))
                                .filter(view -> callbackId.equals(
                                        view.path("callback_id").asString()))
                                .reduce((first, second) -> second),
                        java.util.Optional::isPresent)
                .orElseThrow();
    }

    private JsonNode awaitResponse(String text) {
        return await().atMost(Duration.ofSeconds(10))
                .until(
                        () -> slack.server().findAll(postRequestedFor(urlPathEqualTo("/respond"))).stream()
                                .map(r -> JSON.readTree(r.getBodyAsString()))
                                .filter(body -> body.toString().contains(text))
                                .reduce((first, second) -> second),
                        java.util.Optional::isPresent)
                .orElseThrow();
    }

    private HttpResponse<String> submit(String callbackId, Map<String, String> hidden, Map<String, ObjectNode> values)
            throws Exception {
        String body = submission(callbackId, hidden, values);
        String ts = now();
        return post(
                body,
                "application/x-www-form-urlencoded",
                headers(ts, TestSlack.sign(ts, body, TestSlack.SIGNING_SECRET)));
    }

    /** A {@code view_submission} of the modal, form-encoded as Slack posts it. */
    private String submission(String callbackId, Map<String, String> hidden, Map<String, ObjectNode> values) {
        ObjectNode payload = JSON.createObjectNode();
        payload.put("type", "view_submission").put("api_app_id", "A1").put("trigger_id", "trigger-2");
        payload.putObject("team").put("id", TestSlack.TEAM).put("domain", "service");
        payload.putObject("user").put("id", slackUser).put("team_id", TestSlack.TEAM);
        ObjectNode view = payload.putObject("view");
        view.put("id", "V1").put("type", "modal").put("callback_id", callbackId).put("team_id", TestSlack.TEAM);
        view.put("private_metadata", JSON.writeValueAsString(hidden));
        ObjectNode state = view.putObject("state").putObject("values");
        values.forEach((field, value) -> state.putObject(field).set(field, value));
        view.putArray("blocks");
        return "payload=" + URLEncoder.encode(payload.toString(), StandardCharsets.UTF_8);
    }

    private static ObjectNode selected(String value) {
        ObjectNode element = JSON.createObjectNode().put("type", "static_select");
        element.putObject("selected_option").put("value", value);
        return element;
    }

    private static ObjectNode typed(String text) {
        return JSON.createObjectNode().put("type", "plain_text_input").put("value", text);
    }

    private static ObjectNode checked(boolean on) {
        ObjectNode element = JSON.createObjectNode().put("type", "checkboxes");
        var options = element.putArray("selected_options");
        if (on) {
            options.addObject().put("value", "true");
        }
        return element;
    }

    private HttpResponse<String> command(String command, String text, String ts, String secret) throws Exception {
        String body = commandBody(command, text);
        return post(body, "application/x-www-form-urlencoded", headers(ts, TestSlack.sign(ts, body, secret)));
    }

    private String commandBody(String command, String text) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("token", "legacy");
        fields.put("team_id", TestSlack.TEAM);
        fields.put("team_domain", "service");
        fields.put("channel_id", "D1");
        fields.put("user_id", slackUser);
        fields.put("user_name", "vera");
        fields.put("command", command);
        fields.put("text", text);
        fields.put("api_app_id", "A1");
        fields.put("response_url", slack.responseUrl());
        fields.put("trigger_id", "trigger-1");
        return fields.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static Map<String, String> headers(String ts, String signature) {
        return Map.of("X-Slack-Request-Timestamp", ts, "X-Slack-Signature", signature);
    }

    private HttpResponse<String> post(String body, String contentType, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/slack/events"))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Map<String, String> form(String body) {
        return java.util.Arrays.stream(body.split("&"))
                .map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(
                        pair -> URLDecoder.decode(pair[0], StandardCharsets.UTF_8),
                        pair -> pair.length > 1 ? URLDecoder.decode(pair[1], StandardCharsets.UTF_8) : ""));
    }

    private static String now() {
        return String.valueOf(Instant.now().getEpochSecond());
    }
}
