package de.servicebot.core.call;

import static org.assertj.core.api.Assertions.assertThat;

import de.servicebot.core.RepositoryContract;
import de.servicebot.core.staff.StaffFixtures;
import de.servicebot.core.staff.StaffMember;
import de.servicebot.core.ticket.Ticket;
import org.junit.jupiter.api.Test;

/** The calls logged on a ticket. */
public abstract class CallLogRepositoryContract extends RepositoryContract {

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
}
