package de.servicebot.bot.teams;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.auth0.jwt.JWT;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import de.servicebot.bot.CompanyIntegrationTest;
import de.servicebot.bot.TestConnector;
import de.servicebot.bot.TestMailServer;
import de.servicebot.core.call.CallService;
import de.servicebot.core.call.LogCall;
import de.servicebot.core.creation.ForwardTicket;
import de.servicebot.core.customer.Contact;
import de.servicebot.core.customer.Customer;
import de.servicebot.core.shared.EmailAddress;
import de.servicebot.core.shared.Language;
import de.servicebot.core.staff.ChatReferences;
import de.servicebot.core.staff.Role;
import de.servicebot.core.staff.StaffFixtures;
import de.servicebot.core.staff.StaffMember;
import de.servicebot.core.ticket.ResolveTicket;
import de.servicebot.core.ticket.Ticket;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Teams over real HTTP: WireMock plays the Bot Connector, the Microsoft login and the Bot Framework's keys. */
class TeamsIT extends CompanyIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final TestConnector connector = TestConnector.shared();
    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    ChatReferences references;

    @Autowired
    CallService calls;

    @Autowired
    de.servicebot.core.ticket.TicketService tickets;

    private StaffMember technician;
    private String aadObjectId;

    @BeforeEach
    void teamsAndCompany() {
        connector.reset();
        technician = staff.save(StaffFixtures.aStaffMember("Tim Technik", Role.TECHNICIAN));
        aadObjectId = "aad-" + UUID.randomUUID();
        connector.knowsMember(
                "29:" + aadObjectId, aadObjectId, technician.email().value().toUpperCase());
    }

    @Test
    void answersASignedMessageThroughTheConnectorAndRemembersThePerson() throws Exception {
        ObjectNode hilfe = message("hilfe");
        HttpResponse<String> response = post(hilfe, connector.token());

        assertThat(response.statusCode()).isEqualTo(202);
        LoggedRequest reply = onlyReply();
        assertThat(reply.getUrl())
                .isEqualTo("/v3/conversations/conv-" + aadObjectId + "/activities/"
                        + hilfe.path("id").asString());
        assertThat(reply.getHeader("Authorization")).isEqualTo("Bearer " + TestConnector.BOT_TOKEN);
        JsonNode card =
                JSON.readTree(reply.getBodyAsString()).path("attachments").get(0);
        assertThat(card.path("contentType").asString()).isEqualTo("application/vnd.microsoft.card.adaptive");
        assertThat(card.path("content").toString())
                .contains("Das kann Servicebot")
                .contains("zeit <Nummer> [Dauer]");
        assertThat(staff.findById(technician.id()).orElseThrow().teamsUserId()).contains(aadObjectId);
        assertThat(references.find(technician.id(), TeamsChannel.CHANNEL))
                .hasValueSatisfying(reference -> assertThat(reference).contains("conv-" + aadObjectId));
    }

    @Test
    void sendsTheNewTicketCardWithItsCustomerTypeAheadThroughTheConnector() throws Exception {
        HttpResponse<String> response = post(message("neu Drucker druckt nicht"), connector.token());

        assertThat(response.statusCode()).isEqualTo(202);
        JsonNode customer = JSON
                .readTree(onlyReply().getBodyAsString())
                .path("attachments")
                .get(0)
                .path("content")
                .findParents("id")
                .stream()
                .filter(input -> "customer".equals(input.path("id").asString()))
                .findFirst()
                .orElseThrow();
        assertThat(customer.path("choices.data").path("type").asString()).isEqualTo("Data.Query");
        assertThat(customer.path("choices.data").path("dataset").asString()).isEqualTo("customers");
    }

    @Test
    void refusesMissingExpiredForeignAndUnsignedTokensAndChangesNothing() throws Exception {
        Instant later = Instant.now().plus(Duration.ofMinutes(10));
        Map<String, String> tokens = Map.of(
                "missing", "",
                "expired",
                        connector.sign(connector.token(
                                TestConnector.APP_ID,
                                TestConnector.ISSUER,
                                Instant.now().minus(Duration.ofHours(1)))),
                "wrong audience", connector.sign(connector.token("someone-elses-bot", TestConnector.ISSUER, later)),
                "wrong issuer", connector.sign(connector.token(TestConnector.APP_ID, "https://evil.example", later)),
                "unsigned",
                        connector
                                .token(TestConnector.APP_ID, TestConnector.ISSUER, later)
                                .sign(com.auth0.jwt.algorithms.Algorithm.none()),
                "foreign key",
                        connector.signWithForeignKey(
                                connector.token(TestConnector.APP_ID, TestConnector.ISSUER, later)));

        for (Map.Entry<String, String> token : tokens.entrySet()) {
            HttpResponse<String> response = post(message("neu"), token.getValue());

            assertThat(response.statusCode()).as(token.getKey()).isEqualTo(401);
        }
        connector.server().verify(0, postRequestedFor(urlPathMatching("/v3/conversations/.*")));
        assertThat(staff.findById(technician.id()).orElseThrow().teamsUserId()).isEmpty();
        assertThat(references.find(technician.id(), TeamsChannel.CHANNEL)).isEmpty();
        assertThat(JWT.decode(tokens.get("unsigned")).getAlgorithm()).isEqualTo("none");
    }

    @Test
    void leavesTheLocaleOfTheWholeApplicationAloneWhateverLocaleAnActivityCarries() throws Exception {
        java.util.Locale before = java.util.Locale.getDefault();
        ObjectNode japanese = message("hilfe");
        japanese.put("locale", "ja-JP");

        post(japanese, connector.token());

        assertThat(onlyReply().getBodyAsString()).contains("Das kann Servicebot");
        assertThat(java.util.Locale.getDefault()).isEqualTo(before);
    }

    @Test
    void tellsTheTechnicianAboutACallProactivelyThroughTheStoredConversation() throws Exception {
        post(message("hilfe"), connector.token());

        String number = callAboutATicketOf(technician, () -> {});

        LoggedRequest notification =
                await().atMost(Duration.ofSeconds(15)).until(this::proactiveMessage, found -> found != null);
        assertThat(notification.getUrl()).startsWith("/v3/conversations/conv-" + aadObjectId + "/activities");
        assertThat(notification.getHeader("Authorization")).isEqualTo("Bearer " + TestConnector.BOT_TOKEN);
        assertThat(notification.getBodyAsString())
                .contains("Ines Innendienst hat einen Anruf zu " + number)
                .contains("Anna Berger")
                .contains("Rückruf erwünscht: +49 89 1");
    }

    @Test
    void waitsAsLongAsTheConnectorAsksWhenItThrottlesAndThenDelivers() throws Exception {
        post(message("hilfe"), connector.token());

        callAboutATicketOf(technician, () -> connector.throttlesOnce(1));

        await().atMost(Duration.ofSeconds(20)).until(() -> proactiveMessages().size() == 2);
        List<LoggedRequest> attempts = proactiveMessages();
        Duration between = Duration.between(
                attempts.get(0).getLoggedDate().toInstant(),
                attempts.get(1).getLoggedDate().toInstant());
        assertThat(between).isGreaterThanOrEqualTo(Duration.ofMillis(950));
        assertThat(JSON.readTree(attempts.get(1).getBodyAsString()).path("attachments"))
                .isEqualTo(JSON.readTree(attempts.get(0).getBodyAsString()).path("attachments"));
    }

    @Test
    void aThrottledNotificationPausesTheRepliesToo() throws Exception {
        post(message("hilfe"), connector.token());
        callAboutATicketOf(technician, () -> connector.throttlesOnce(2));
        LoggedRequest throttled =
                await().atMost(Duration.ofSeconds(10)).until(this::proactiveMessage, found -> found != null);

        HttpResponse<String> answered = post(message("hilfe"), connector.token());

        assertThat(answered.statusCode()).isEqualTo(202);
        LoggedRequest reply = connector
                .server()
                .findAll(postRequestedFor(urlPathMatching("/v3/conversations/.*/activities/act-.*")))
                .get(0);
        assertThat(Duration.between(
                        throttled.getLoggedDate().toInstant(),
                        reply.getLoggedDate().toInstant()))
                .isGreaterThanOrEqualTo(Duration.ofMillis(1900));
    }

    @Test
    void tellsTheTechnicianProactivelyAndByMailWhenSalesForwardsATicketFromTheCard() throws Exception {
        post(message("hilfe"), connector.token());
        StaffMember vera = staff.save(StaffFixtures.aStaffMember("Vera Vertrieb", Role.SALES));
        String verasAad = "aad-" + UUID.randomUUID();
        connector.knowsMember("29:" + verasAad, verasAad, vera.email().value());
        Customer customer = Customer.create("K-" + UUID.randomUUID().toString().substring(0, 8), "Anruf GmbH");
        Contact anna = customer.addContact(Contact.create("Anna Berger", null, "+49 89 1", Language.DE));
        customers.save(customer);
        Ticket ticket = openTicket(customer, anna, "Drucker", vera);
        String number = ticket.number().toString();
        connector.server().resetRequests();

        JsonNode forwarded = card(action(
                verasAad,
                "ticket.forward",
                Map.of(
                        "ticketId", ticket.id().toString(),
                        "technician", technician.id().toString(),
                        "notifyCustomer", "false")));

        assertThat(forwarded.toString()).contains("Ticket " + number + " ist an Tim Technik weitergeleitet");
        LoggedRequest notice =
                await().atMost(Duration.ofSeconds(15)).until(this::proactiveMessage, found -> found != null);
        assertThat(notice.getUrl()).startsWith("/v3/conversations/conv-" + aadObjectId + "/activities");
        assertThat(notice.getHeader("Authorization")).isEqualTo("Bearer " + TestConnector.BOT_TOKEN);
        assertThat(notice.getBodyAsString())
                .contains("Vera Vertrieb hat dir Ticket " + number + " „Drucker“ für Anruf GmbH zugewiesen.");
        await().atMost(Duration.ofSeconds(10))
                .until(() -> TestMailServer.shared()
                        .receivedBy(technician.email().value())
                        .stream()
                        .anyMatch(mail -> subject(mail).equals("Neues Ticket " + number + " für dich: Drucker")));
    }

    @Test
    void forwardingTwiceSendsOneReceiptAndTheInternalNoteReachesOnlyTheTechnician() throws Exception {
        post(message("hilfe"), connector.token());
        StaffMember vera = staff.save(StaffFixtures.aStaffMember("Vera Vertrieb", Role.SALES));
        String verasAad = "aad-" + UUID.randomUUID();
        connector.knowsMember("29:" + verasAad, verasAad, vera.email().value());
        Customer customer = Customer.create("K-" + UUID.randomUUID().toString().substring(0, 8), "Toner GmbH");
        String annasMail = "anna-" + UUID.randomUUID() + "@kunde.example";
        Contact anna = customer.addContact(
                Contact.create("Anna Berger", new EmailAddress(annasMail), "+49 89 1", Language.DE));
        customers.save(customer);
        Ticket ticket = openTicket(customer, anna, "Toner leer", vera);
        String number = ticket.number().toString();
        Map<String, String> first = new java.util.HashMap<>(Map.of(
                "ticketId", ticket.id().toString(),
                "technician", technician.id().toString(),
                "notifyCustomer", "true",
                "text", "Wir melden uns morgen frueh.",
                "internalNote", "Kundin ab 9 da, Toner mitnehmen"));

        String preview = card(action(
                        verasAad,
                        "ticket.forward.open",
                        Map.of("ticketId", ticket.id().toString())))
                .findValuesAsString("text")
                .stream()
                .filter(text -> text.startsWith("Betreff: "))
                .findFirst()
                .orElseThrow();
        assertThat(card(action(verasAad, "ticket.forward", first)).toString())
                .contains("Ticket " + number + " ist an Tim Technik weitergeleitet");
        JsonNode again = card(action(
                verasAad, "ticket.forward.open", Map.of("ticketId", ticket.id().toString())));
        JsonNode toggle = again.findParents("id").stream()
                .filter(n -> "notifyCustomer".equals(n.path("id").asString()))
                .findFirst()
                .orElseThrow();
        assertThat(toggle.path("value").asString()).isEqualTo("false");
        assertThat(again.toString()).contains("Eingangsbestätigung schon gesendet am");
        card(action(
                verasAad,
                "ticket.forward",
                Map.of(
                        "ticketId", ticket.id().toString(),
                        "technician", technician.id().toString(),
                        "notifyCustomer", toggle.path("value").asString(),
                        "internalNote", "Bitte heute noch")));

        await().atMost(Duration.ofSeconds(15))
                .until(() ->
                        TestMailServer.shared().receivedBy(technician.email().value()).stream()
                                        .filter(mail -> subject(mail).contains(number))
                                        .count()
                                == 2);
        List<jakarta.mail.internet.MimeMessage> receipts =
                TestMailServer.shared().receivedBy(annasMail);
        assertThat(receipts).hasSize(1);
        assertThat(bodyOf(receipts.get(0)))
                .contains("Wir melden uns morgen frueh.")
                .doesNotContain("Toner mitnehmen");
        String[] subjectAndText = preview.split("\n\n", 2);
        assertThat(subjectAndText[0]).isEqualTo("Betreff: " + subject(receipts.get(0)));
        assertThat(bodyOf(receipts.get(0)).replace("\r\n", "\n"))
                .as("the form showed the receipt exactly as it arrived")
                .contains(subjectAndText[1].replace(
                        "[Hier steht dein Text aus dem Feld oben.]", "Wir melden uns morgen frueh."));
        assertThat(TestMailServer.shared().receivedBy(technician.email().value()).stream()
                        .filter(mail -> subject(mail).contains(number))
                        .map(TeamsIT::bodyOf))
                .anyMatch(body -> body.contains("Kundin ab 9 da, Toner mitnehmen"));
        assertThat(proactiveMessages())
                .anyMatch(notice -> notice.getBodyAsString().contains("Kundin ab 9 da, Toner mitnehmen"));
    }

    @Test
    void salesSetsAndMovesTheAppointmentFromTheCardTheCustomerIsMailedAndTheHistoryShowsIt() throws Exception {
        StaffMember vera = staff.save(StaffFixtures.aStaffMember("Vera Vertrieb", Role.SALES));
        String verasAad = "aad-" + UUID.randomUUID();
        connector.knowsMember("29:" + verasAad, verasAad, vera.email().value());
        Customer customer = Customer.create("K-" + UUID.randomUUID().toString().substring(0, 8), "Termin GmbH");
        String annasMail = "anna-" + UUID.randomUUID() + "@kunde.example";
        customer.addContact(Contact.create("Anna Berger", new EmailAddress(annasMail), "+49 89 1", Language.DE));
        customers.save(customer);
        Ticket ticket = ticketOf(customer, vera);
        String id = ticket.id().toString();

        JsonNode form = card(action(verasAad, "appointment.open", Map.of("ticketId", id)));
        assertThat(form.toString()).contains("Vor Ort oder Fernwartung", "Termine vor Ort immer nur mit Lieferschein");
        JsonNode set = card(action(
                verasAad,
                "appointment.set",
                Map.of(
                        "ticketId", id,
                        "appointmentDate", "2027-01-14",
                        "appointmentTime", "09:30",
                        "appointmentVisit", "ON_SITE",
                        "notifyCustomer", "true")));
        assertThat(set.toString()).contains("Termin für " + ticket.number() + " gesetzt: Donnerstag, 14.01.2027");
        JsonNode moved = card(action(
                verasAad,
                "appointment.set",
                Map.of(
                        "ticketId", id,
                        "appointmentDate", "2027-01-15",
                        "appointmentTime", "08:00",
                        "appointmentVisit", "REMOTE",
                        "notifyCustomer", "true")));

        assertThat(moved.toString())
                .contains("Freitag, 15.01.2027, 08:00 Uhr, per Fernwartung")
                .contains("Vera Vertrieb hat den Termin auf Freitag, 15.01.2027, 08:00 Uhr, per Fernwartung verschoben")
                .contains("Vera Vertrieb hat den Termin auf Donnerstag, 14.01.2027, 09:30 Uhr, vor Ort gelegt");
        await().atMost(Duration.ofSeconds(15))
                .until(() -> TestMailServer.shared().receivedBy(annasMail).size() == 2);
        assertThat(TestMailServer.shared().receivedBy(annasMail).stream().map(TeamsIT::bodyOf))
                .anyMatch(body -> body.contains("verschoben")
                        && body.contains("Freitag, 15.01.2027, 08:00 Uhr, per Fernwartung")
                        && body.contains("Donnerstag, 14.01.2027, 09:30 Uhr, vor Ort"));
        await().atMost(Duration.ofSeconds(15))
                .until(() -> TestMailServer.shared()
                        .receivedBy(technician.email().value())
                        .stream()
                        .anyMatch(mail -> subject(mail).startsWith("Termin von Ticket " + ticket.number())));
    }

    @Test
    void aReopenedTicketSaysWhyInItsHistoryAndTheAuditTrail() throws Exception {
        StaffMember vera = staff.save(StaffFixtures.aStaffMember("Vera Vertrieb", Role.SALES));
        String verasAad = "aad-" + UUID.randomUUID();
        connector.knowsMember("29:" + verasAad, verasAad, vera.email().value());
        Customer customer = Customer.create("K-" + UUID.randomUUID().toString().substring(0, 8), "Reopen GmbH");
        customer.addContact(Contact.create("Anna Berger", null, "+49 89 1", Language.DE));
        customers.save(customer);
        Ticket ticket = ticketOf(customer, vera);
        String id = ticket.id().toString();
        jdbc.sql(
                        "delete from checklist_item where checklist_id in (select id from checklist where ticket_id = ?::uuid)")
                .param(id)
                .update();
        jdbc.sql("delete from checklist where ticket_id = ?::uuid").param(id).update();
        tickets.resolve(new ResolveTicket(ticket.id(), "Toner getauscht", false), technician);

        assertThat(status(id)).isEqualTo("RESOLVED");
        JsonNode why = card(action(verasAad, "ticket.reopen", Map.of("ticketId", id, "reopenReason", "")));
        assertThat(why.toString()).contains("reopenReason");
        assertThat(status(id)).isEqualTo("RESOLVED");
        JsonNode reopened = card(
                action(verasAad, "ticket.reopen", Map.of("ticketId", id, "reopenReason", "Druckt wieder streifig")));

        assertThat(reopened.toString())
                .contains("ist wieder offen")
                .contains("Vera Vertrieb hat das Ticket wieder geöffnet")
                .contains("Druckt wieder streifig")
                .contains("Tim Technik hat das Ticket erledigt");
        assertThat(status(id)).isEqualTo("IN_PROGRESS");
        assertThat(jdbc.sql("select details from audit_log where subject_id = ? and action = 'ticket.reopened'")
                        .param(id)
                        .query(String.class)
                        .list())
                .containsExactly("Druckt wieder streifig");
    }

    @Test
    void onSiteTimeWaitsForTheDeliveryNoteTheTechniciansMaterialFillsItAndSalesIssuesIt() throws Exception {
        post(message("hilfe"), connector.token());
        StaffMember vera = staff.save(StaffFixtures.aStaffMember("Vera Vertrieb", Role.SALES));
        String verasAad = "aad-" + UUID.randomUUID();
        connector.knowsMember("29:" + verasAad, verasAad, vera.email().value());
        Customer customer = Customer.create("K-" + UUID.randomUUID().toString().substring(0, 8), "Lager GmbH");
        customer.addContact(Contact.create("Anna Berger", null, "+49 89 1", Language.DE));
        customer.locatedAt("Lagerweg 1\n86150 Augsburg");
        customer.lookedAfterBy(vera.id());
        customers.save(customer);
        String id = ticketOf(customer, vera).id().toString();
        card(action(
                verasAad,
                "appointment.set",
                Map.of(
                        "ticketId",
                        id,
                        "appointmentDate",
                        java.time.LocalDate.now().plusDays(1).toString(),
                        "appointmentTime",
                        "09:00",
                        "appointmentVisit",
                        "ON_SITE")));
        Map<String, String> onSite = Map.of(
                "ticketId", id, "duration", "2h", "activity", "Fernwartung", "billable", "true", "onSite", "true");

        assertThat(card(action("time.book", onSite)).toString())
                .as("refused, naming the salesperson to ask")
                .contains("Termine vor Ort immer nur mit Lieferschein: bitte frag Vera Vertrieb");
        JsonNode sheet = card(action(
                "time.book", Map.of("ticketId", id, "duration", "30", "activity", "Fernwartung", "billable", "true")));
        JsonNode addMaterial = sheet.findParents("verb").stream()
                .filter(a -> "delivery.material.open".equals(a.path("verb").asString()))
                .findFirst()
                .orElseThrow();
        String entryId = addMaterial.path("data").path("entryId").asString();
        assertThat(entryId).isNotBlank();
        card(action(
                "delivery.material",
                Map.of("ticketId", id, "entryId", entryId, "article", "TN-1001", "quantity", "2")));
        JsonNode second = card(action(
                "delivery.material",
                Map.of(
                        "ticketId", id,
                        "entryId", entryId,
                        "article", "",
                        "material", "Patchkabel 3 m",
                        "quantity", "4",
                        "unit", "Stück")));
        assertThat(second.toString()).contains("Toner HP 26A schwarz", "Patchkabel 3 m", "4 Stück");

        JsonNode draft = card(action(verasAad, "delivery.open", Map.of("ticketId", id)));
        assertThat(draft.toString()).contains("Toner HP 26A schwarz", "Patchkabel 3 m", "Lagerweg 1");
        JsonNode issue = draft.findParents("verb").stream()
                .filter(a -> "delivery.issue".equals(a.path("verb").asString()))
                .findFirst()
                .orElseThrow();
        Map<String, String> issuing = Map.of(
                "ticketId", id, "noteId", issue.path("data").path("noteId").asString());
        String issued = card(action(verasAad, "delivery.issue", issuing)).toString();

        assertThat(issued).containsPattern("Lieferschein LS-\\d{4}-\\d{5} für Ticket T-\\d{4}-\\d{5} ist ausgestellt");
        await().atMost(Duration.ofSeconds(15)).until(() -> proactiveMessages().stream()
                .anyMatch(notice -> notice.getBodyAsString().contains("hat den Lieferschein LS-")));
        JsonNode pdfLink = card(action("ticket.show", Map.of("ticketId", id))).findParents("type").stream()
                .filter(a -> "Action.OpenUrl".equals(a.path("type").asString())
                        && a.path("title").asString().contains("Lieferschein LS-"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no link to the printed delivery note on the card"));
        HttpResponse<byte[]> pdf = http.send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                                "http://localhost:" + port + pdfLink.path("url").asString()))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        try (org.apache.pdfbox.pdmodel.PDDocument printed = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(printed))
                    .contains("Lieferschein LS-", "Lager GmbH", "Lagerweg 1", "Toner HP 26A schwarz", "Patchkabel 3 m");
        }
        assertThat(card(action("time.book", onSite)).toString()).contains("2:00 für „Fernwartung“");
        assertThat(jdbc.sql("select count(*) from time_entry where ticket_id = ?::uuid and on_site")
                        .param(id)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void theBackOfficeBooksHandedMaterialFromItsNoticeAndTheTechnicianIsTold() throws Exception {
        post(message("hilfe"), connector.token());
        StaffMember ines = staff.save(StaffFixtures.aStaffMember("Ines Innendienst", Role.BACKOFFICE));
        String inesAad = "aad-" + UUID.randomUUID();
        connector.knowsMember("29:" + inesAad, inesAad, ines.email().value());
        post(connector.message(inesAad, "hilfe"), connector.token());
        StaffMember vera = staff.save(StaffFixtures.aStaffMember("Vera Vertrieb", Role.SALES));
        Customer customer = Customer.create("K-" + UUID.randomUUID().toString().substring(0, 8), "Lager GmbH");
        customer.addContact(Contact.create("Anna Berger", null, "+49 89 1", Language.DE));
        customers.save(customer);
        String id = ticketOf(customer, vera).id().toString();
        connector.server().resetRequests();

        String handed = card(action(
                        "delivery.material",
                        Map.of(
                                "ticketId", id,
                                "article", "FP-A4",
                                "quantity", "3",
                                "toBackOffice", "true")))
                .toString();

        assertThat(handed).contains("An den Innendienst übergeben: 3 Karton à 5 Pakete Kopierpapier A4, 80 g (FP-A4)");
        LoggedRequest notice = await().atMost(Duration.ofSeconds(15))
                .until(
                        () -> connector
                                .server()
                                .findAll(postRequestedFor(
                                        urlPathMatching("/v3/conversations/conv-" + inesAad + "/activities.*")))
                                .stream()
                                .filter(m -> m.getBodyAsString().contains("bittet um Buchung"))
                                .findFirst(),
                        java.util.Optional::isPresent)
                .orElseThrow();
        JsonNode book = JSON.readTree(notice.getBodyAsString()).findParents("verb").stream()
                .filter(a -> "stock.book".equals(a.path("verb").asString()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no Gebucht button in " + notice.getBodyAsString()));
        Map<String, String> data = JSON.readValue(
                book.path("data").toString(), new tools.jackson.core.type.TypeReference<Map<String, String>>() {});
        assertThat(card(action(inesAad, "stock.book", data)).toString()).contains("Gebucht: 3 Karton");
        assertThat(card(action(inesAad, "stock.book", data)).toString())
                .as("pressed again")
                .contains("Gebucht: 3 Karton");

        await().atMost(Duration.ofSeconds(15))
                .until(() -> proactiveMessages().stream()
                                .filter(m -> m.getBodyAsString().contains("hat das Material gebucht"))
                                .count()
                        == 1);
        assertThat(card(action(
                                inesAad,
                                "stock.book",
                                Map.of(
                                        "ticketId",
                                        id,
                                        "requestId",
                                        UUID.randomUUID().toString())))
                        .toString())
                .contains("Diese Übergabe an den Innendienst gibt es zu diesem Ticket nicht");
    }

    private Ticket ticketOf(Customer customer, StaffMember sales) {
        Ticket ticket = openTicket(customer, customer.contacts().get(0), "Toner leer", sales);
        creation.forward(
                new ForwardTicket(
                        ticket.id(),
                        technician.id(),
                        false,
                        java.util.Optional.empty(),
                        "",
                        java.util.Optional.empty()),
                sales);
        return ticket;
    }

    /** Every text part of a mail, the plain text and the HTML. */
    private static String bodyOf(jakarta.mail.Part part) {
        try {
            Object content = part.getContent();
            if (content instanceof String text) {
                return text;
            }
            StringBuilder all = new StringBuilder();
            if (content instanceof jakarta.mail.Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    all.append(bodyOf(multipart.getBodyPart(i))).append('\n');
                }
            }
            return all.toString();
        } catch (jakarta.mail.MessagingException | java.io.IOException unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }

    /**
     * Sales opens a ticket for Anna and forwards it to the technician, who is told; once that notice is through,
     * {@code beforeTheCall} runs (e.g. to throttle the connector) and the back office logs Anna's call on it.
     */
    private String callAboutATicketOf(StaffMember assignee, Runnable beforeTheCall) {
        connector.server().resetRequests();
        Ticket ticket = ticketForwardedTo(assignee);
        await().atMost(Duration.ofSeconds(15)).until(this::proactiveMessage, found -> found != null);
        connector.server().resetRequests();
        beforeTheCall.run();
        StaffMember backOffice = staff.save(StaffFixtures.aStaffMember("Ines Innendienst", Role.BACKOFFICE));
        calls.log(new LogCall(ticket.id(), "Anna Berger", "+49 89 1", "Drucker streikt wieder", true), backOffice);
        return ticket.number().toString();
    }

    private Ticket ticketForwardedTo(StaffMember assignee) {
        StaffMember sales = staff.save(StaffFixtures.aStaffMember("Vera Vertrieb", Role.SALES));
        Customer customer = Customer.create("K-" + UUID.randomUUID().toString().substring(0, 8), "Anruf GmbH");
        Contact anna = customer.addContact(Contact.create("Anna Berger", null, "+49 89 1", Language.DE));
        customers.save(customer);
        Ticket ticket = openTicket(customer, anna, "Drucker", sales);
        creation.forward(
                new ForwardTicket(
                        ticket.id(), assignee.id(), false, java.util.Optional.empty(), "", java.util.Optional.empty()),
                sales);
        return ticket;
    }

    private static String subject(jakarta.mail.internet.MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (jakarta.mail.MessagingException unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }

    private LoggedRequest proactiveMessage() {
        List<LoggedRequest> messages = proactiveMessages();
        return messages.isEmpty() ? null : messages.get(0);
    }

    private List<LoggedRequest> proactiveMessages() {
        return connector
                .server()
                .findAll(postRequestedFor(urlPathMatching("/v3/conversations/conv-" + aadObjectId + "/activities.*")));
    }

    @Test
    void refusesATenantThatIsNotAllowed() throws Exception {
        ObjectNode activity = message("hilfe");
        ((ObjectNode) activity.path("conversation")).put("tenantId", "another-tenant");
        ((ObjectNode) activity.path("channelData").path("tenant")).put("id", "another-tenant");

        HttpResponse<String> response = post(activity, connector.token());

        assertThat(response.statusCode()).isEqualTo(403);
        connector.server().verify(0, postRequestedFor(urlPathMatching("/v3/conversations/.*")));
    }

    @Test
    void refusesSomeoneWhoIsNotOnTheStaffPolitely() throws Exception {
        connector.knowsMember("29:" + aadObjectId, aadObjectId, "stranger@elsewhere.example");

        post(message("meine"), connector.token());

        assertThat(onlyReply().getBodyAsString()).contains("Dich kenne ich leider nicht");
    }

    @Test
    void answersBadBodiesWithClearStatusCodes() throws Exception {
        assertThat(post("not json", connector.token()).statusCode()).isEqualTo(400);
        assertThat(post("{\"text\":\"no type\"}", connector.token()).statusCode())
                .isEqualTo(400);
        assertThat(post("{\"type\":\"message\",\"text\":\"" + "x".repeat(300_000) + "\"}", connector.token())
                        .statusCode())
                .isEqualTo(413);
    }

    @Test
    void createsATicketFromCardActionsAndUpdatesTheCardInPlace() throws Exception {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String annaMail = "anna." + unique + "@kunde.test";
        Customer customer = Customer.create("K-" + unique, "Teams Kunde " + unique);
        Contact anna = customer.addContact(Contact.create("Anna Berger", EmailAddress.of(annaMail), "", Language.DE));
        customers.save(customer);

        JsonNode search = invokeBody(
                invoke("application/search", Map.of("dataset", "customers", "queryText", "Teams Kunde " + unique)));
        assertThat(search.path("value").path("results").get(0).path("value").asString())
                .isEqualTo(customer.id().toString());

        JsonNode second = card(
                action("ticket.new.customer", Map.of("customer", customer.id().toString(), "subject", "Drucker")));
        assertThat(second.toString()).contains("Neues Ticket für Teams Kunde " + unique);

        JsonNode created = card(action(
                "ticket.new",
                Map.of(
                        "customerId", customer.id().toString(),
                        "contact", anna.id().toString(),
                        "type", catalog.types().get(0).id().toString(),
                        "category", catalog.categories().get(0).id().toString(),
                        "subject", "Drucker druckt nicht",
                        "description", "")));
        String number = created.path("body").get(0).path("text").asString().split(" ")[1];
        assertThat(number).startsWith("T-");
        assertThat(created.toString())
                .as("a NEW ticket offers its technician no resolve button")
                .contains("\"verb\":\"ticket.forward.open\"")
                .doesNotContain("ticket.resolve");
        String ticketId = jdbc.sql("select id::text from ticket where customer_id = ?::uuid")
                .param(customer.id().toString())
                .query(String.class)
                .single();

        JsonNode forwarded = card(action(
                "ticket.forward",
                Map.of(
                        "ticketId",
                        ticketId,
                        "technician",
                        technician.id().toString(),
                        "notifyCustomer",
                        "true",
                        "text",
                        "Wir melden uns heute noch.")));

        assertThat(forwarded.toString()).contains("Ticket " + number + " ist an Tim Technik weitergeleitet");
        await().atMost(Duration.ofSeconds(10))
                .until(() -> TestMailServer.shared().receivedBy(annaMail).size() == 1);
        assertThat(TestMailServer.shared().receivedBy(annaMail).get(0).getSubject())
                .contains(number);
    }

    @Test
    void theSameActionExecuteTwiceAndADoubleClickLogTheCallOnce() throws Exception {
        String ticketId = ticketWithChecklistFor(technician);
        JsonNode form = card(action("call.log.open", Map.of("ticketId", ticketId)));
        Map<String, String> data = buttonData(form, "call.log");
        assertThat(data).containsKey("formToken");
        data.put("callerName", "Anna Berger");
        data.put("callerPhone", "+49 89 1");
        data.put("summary", "Drucker geht wieder nicht");
        data.put("callbackWanted", "false");
        ObjectNode press = action("call.log", data);

        JsonNode first = card(press);
        JsonNode again = card(press);
        JsonNode doubleClick = card(action("call.log", data));

        assertThat(first.toString()).contains("Der Anruf ist auf");
        assertThat(again.toString()).contains("Das ist schon erledigt");
        assertThat(doubleClick.toString()).contains("Das ist schon erledigt");
        assertThat(jdbc.sql("select count(*) from call_log where ticket_id = ?::uuid")
                        .param(ticketId)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void showsAValidationErrorInTheCardNextToTheField() throws Exception {
        Customer customer = customers.save(
                Customer.create("K-" + UUID.randomUUID().toString().substring(0, 8), "Fehler GmbH"));

        JsonNode refused = card(action(
                "ticket.new",
                Map.of(
                        "customerId", customer.id().toString(),
                        "type", catalog.types().get(0).id().toString(),
                        "category", catalog.categories().get(0).id().toString(),
                        "subject", "Ohne Ansprechpartner")));

        List<JsonNode> items = refused.path("body")
                .valueStream()
                .filter(field -> field.path("items").valueStream().anyMatch(item -> "contact"
                        .equals(item.path("id").asString())))
                .findFirst()
                .orElseThrow()
                .path("items")
                .valueStream()
                .toList();
        int contact = indexOf(items, item -> "contact".equals(item.path("id").asString()));
        assertThat(items.get(contact + 1).path("text").asString())
                .isEqualTo("Bitte wähle den Ansprechpartner beim Kunden.");
        assertThat(items.get(contact + 1).path("color").asString()).isEqualTo("attention");
    }

    @Test
    void ticksChecklistPointsOnTheCardAndRefusesToResolveWhileARequiredPointIsOpen() throws Exception {
        String ticketId = ticketWithChecklistFor(technician);

        JsonNode list = card(action("checklist.show", Map.of("ticketId", ticketId)));
        assertThat(list.toString()).contains("0/2 erledigt");
        Map<String, String> first = buttonData(list, "checklist.tick");

        JsonNode ticked = card(action("checklist.tick", first));

        assertThat(ticked.toString()).contains("Punkt 1 „Server einbauen“ ist abgehakt", "1/2 erledigt");
        assertThat(ticked.toString()).contains("erledigt von Tim Technik");
        assertThat(jdbc.sql("select done_by::text from checklist_item where checklist_id = ?::uuid and position = 1")
                        .param(first.get("checklistId"))
                        .query(String.class)
                        .single())
                .isEqualTo(technician.id().toString());

        JsonNode confirm = card(action("ticket.resolve.open", Map.of("ticketId", ticketId)));
        assertThat(confirm.toString()).contains("Was wurde erledigt?", "Als erledigt melden");
        JsonNode withoutNote = card(
                action("ticket.resolve", Map.of("ticketId", ticketId, "resolution", "", "notifyCustomer", "false")));
        assertThat(withoutNote.toString()).contains("Bitte schreib kurz, was erledigt wurde");
        assertThat(status(ticketId)).isEqualTo("FORWARDED");

        JsonNode refused = card(action(
                "ticket.resolve",
                Map.of("ticketId", ticketId, "resolution", "Server eingebaut", "notifyCustomer", "false")));

        assertThat(refused.toString())
                .contains("kann noch nicht als erledigt gemeldet werden")
                .contains("Rollout: Backup einrichten")
                .contains("1/2 erledigt");
        assertThat(status(ticketId)).isEqualTo("FORWARDED");

        Map<String, String> second = buttonData(ticked, "checklist.tick.open");
        JsonNode form = card(action("checklist.tick.open", second));
        assertThat(form.toString()).contains("Seriennummer");
        Map<String, String> withEvidence = new java.util.HashMap<>(second);
        withEvidence.put("evidence", "");
        JsonNode stillOpen = card(action("checklist.tick", withEvidence));
        assertThat(stillOpen.toString()).contains("Bitte trage die Seriennummer ein");
        withEvidence.put("evidence", "SN-4711");
        assertThat(card(action("checklist.tick", withEvidence)).toString()).contains("2/2 erledigt", "SN-4711");

        JsonNode resolved = card(action(
                "ticket.resolve",
                Map.of(
                        "ticketId",
                        ticketId,
                        "resolution",
                        "Server eingebaut, Backup läuft",
                        "notifyCustomer",
                        "false")));

        assertThat(resolved.toString()).contains("ist erledigt");
        assertThat(status(ticketId)).isEqualTo("RESOLVED");
    }

    /** The data of the first button on the card with that verb. */
    static Map<String, String> buttonData(JsonNode card, String verb) {
        JsonNode button = card.findParents("verb").stream()
                .filter(b -> verb.equals(b.path("verb").asString()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no button " + verb + " in " + card));
        Map<String, String> data = new java.util.HashMap<>();
        button.path("data")
                .properties()
                .forEach(e -> data.put(e.getKey(), e.getValue().asString()));
        return data;
    }

    private static int indexOf(List<JsonNode> items, Function<JsonNode, Boolean> wanted) {
        for (int i = 0; i < items.size(); i++) {
            if (wanted.apply(items.get(i))) {
                return i;
            }
        }
        throw new AssertionError("not found in " + items);
    }

    private JsonNode card(ObjectNode actionInvoke) throws Exception {
        JsonNode body = invokeBody(actionInvoke);
        assertThat(body.path("statusCode").asInt()).isEqualTo(200);
        assertThat(body.path("type").asString()).isEqualTo("application/vnd.microsoft.card.adaptive");
        return body.path("value");
    }

    private JsonNode invokeBody(ObjectNode invoke) throws Exception {
        HttpResponse<String> response = post(invoke, connector.token());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private ObjectNode action(String verb, Map<String, String> data) {
        return action(aadObjectId, verb, data);
    }

    /** An {@code Action.Execute} of the Teams user with that object id. */
    private ObjectNode action(String aad, String verb, Map<String, String> data) {
        ObjectNode invoke = invoke(aad, "adaptiveCard/action", Map.of());
        ObjectNode action = ((ObjectNode) invoke.path("value")).putObject("action");
        action.put("type", "Action.Execute").put("verb", verb);
        ObjectNode inputs = action.putObject("data");
        data.forEach(inputs::put);
        return invoke;
    }

    private ObjectNode invoke(String name, Map<String, String> value) {
        return invoke(aadObjectId, name, value);
    }

    private ObjectNode invoke(String aad, String name, Map<String, String> value) {
        ObjectNode invoke = connector.message(aad, null);
        invoke.put("type", "invoke").put("name", name).remove("text");
        ObjectNode values = invoke.putObject("value");
        value.forEach(values::put);
        return invoke;
    }

    private ObjectNode message(String text) {
        return connector.message(aadObjectId, text);
    }

    private LoggedRequest onlyReply() {
        List<LoggedRequest> replies =
                connector.server().findAll(postRequestedFor(urlPathMatching("/v3/conversations/.*/activities.*")));
        assertThat(replies).hasSize(1);
        return replies.get(0);
    }

    private HttpResponse<String> post(JsonNode activity, String token) throws Exception {
        return post(activity.toString(), token);
    }

    private HttpResponse<String> post(String body, String token) throws Exception {
        return TestConnector.postActivity(port, body, token.isEmpty() ? "" : "Bearer " + token);
    }
}
