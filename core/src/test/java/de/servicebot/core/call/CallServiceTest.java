package de.servicebot.core.call;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.servicebot.core.World;
import de.servicebot.core.notification.Notification;
import de.servicebot.core.notification.NotificationTemplate;
import de.servicebot.core.notification.Recipient;
import de.servicebot.core.staff.StaffMember;
import de.servicebot.core.ticket.Ticket;
import de.servicebot.core.ticket.TicketId;
import org.junit.jupiter.api.Test;

class CallServiceTest {

    private final World world = new World();

    @Test
    void logsTheCallOnTheTicketAndTellsTheAssigneeByMail() {
        Ticket ticket = world.forwardedTicket();

        LoggedCall logged = world.calls.log(
                new LogCall(ticket.id(), "Anna Berger", "+49 89 1", "Drucker druckt wieder nicht", true),
                world.backOffice);

        assertThat(logged.notified()).contains("Tim Technik");
        assertThat(world.repos.calls().findByTicket(ticket.id()))
                .singleElement()
                .satisfies(call -> {
                    assertThat(call.summary()).isEqualTo("Drucker druckt wieder nicht");
                    assertThat(call.loggedBy()).isEqualTo(world.backOffice.id());
                });
        Notification mail =
                world.notifier.sentAs(NotificationTemplate.CALL_LOGGED).get(0);
        assertThat(world.notifier.sentAs(NotificationTemplate.CALL_LOGGED)).hasSize(1);
        assertThat(mail.recipient()).isEqualTo(new Recipient.Mail(world.technician.email(), world.technician.name()));
        assertThat(mail.template()).isEqualTo(NotificationTemplate.CALL_LOGGED);
        assertThat(mail.values())
                .containsEntry("callerName", "Anna Berger")
                .containsEntry("callerPhone", "+49 89 1")
                .containsEntry("callbackWanted", "true")
                .containsEntry("loggedBy", "Ines Innendienst");
    }

    @Test
    void alsoTellsTheAssigneeInChatWhereTheyCanBeReached() {
        Ticket ticket = world.forwardedTicket();
        StaffMember technician =
                world.repos.staff().findById(world.technician.id()).orElseThrow();
        technician.linkTeams("29:tim");
        world.repos.staff().save(technician);

        world.calls.log(new LogCall(ticket.id(), "Anna Berger", "", "Bitte Status", false), world.sales);

        assertThat(world.notifier.sentAs(NotificationTemplate.CALL_LOGGED))
                .extracting(Notification::recipient)
                .containsExactly(
                        new Recipient.Mail(world.technician.email(), world.technician.name()),
                        new Recipient.Chat(world.technician.id()));
    }

    @Test
    void tellsTheCreatorWhileNobodyIsAssigned() {
        Ticket ticket = world.openedTicket();

        world.calls.log(new LogCall(ticket.id(), "Anna Berger", "", "Noch offen?", false), world.technician);

        assertThat(world.notifier.sentAs(NotificationTemplate.CALL_LOGGED))
                .extracting(Notification::recipient)
                .containsExactly(new Recipient.Mail(world.sales.email(), world.sales.name()));
    }

    @Test
    void doesNotTellTheAssigneeAboutACallTheyLoggedThemselves() {
        Ticket ticket = world.forwardedTicket();

        LoggedCall logged =
                world.calls.log(new LogCall(ticket.id(), "Anna Berger", "", "Rückmeldung", false), world.technician);

        assertThat(world.notifier.sentAs(NotificationTemplate.CALL_LOGGED)).isEmpty();
        assertThat(logged.notified()).isEmpty();
        assertThat(world.repos.calls().findByTicket(ticket.id())).hasSize(1);
    }

    @Test
    void refusesACallOnATicketThatDoesNotExist() {
        assertThatThrownBy(() -> world.calls.log(new LogCall(TicketId.newId(), "Anna", "", "x", false), world.sales))
                .extracting("code")
                .isEqualTo("ticket.not-found");
    }
}
