package de.servicebot.bot.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import de.servicebot.bot.CompanyIntegrationTest;
import de.servicebot.bot.conversation.Actions;
import de.servicebot.bot.conversation.Conversation;
import de.servicebot.bot.conversation.TicketView;
import de.servicebot.core.call.CallService;
import de.servicebot.core.call.LogCall;
import de.servicebot.core.creation.ForwardTicket;
import de.servicebot.core.customer.Contact;
import de.servicebot.core.customer.Customer;
import de.servicebot.core.shared.Language;
import de.servicebot.core.staff.Role;
import de.servicebot.core.staff.StaffFixtures;
import de.servicebot.core.staff.StaffMember;
import de.servicebot.core.ticket.ResolveTicket;
import de.servicebot.core.ticket.Ticket;
import de.servicebot.core.ticket.TicketService;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * The ticket card, the view people open most, is read with a fixed number of SQL statements: a ticket with a long
 * history, many calls and time entries costs what a fresh one costs.
 */
@Import(TicketCardStatementsIT.Counting.class)
class TicketCardStatementsIT extends CompanyIntegrationTest {

    static final AtomicInteger STATEMENTS = new AtomicInteger();
    /** Set on the test's thread while it opens a card: the outbox and the scheduler run statements of their own. */
    static final ThreadLocal<Boolean> COUNTING = ThreadLocal.withInitial(() -> false);

    @Autowired
    private Conversation conversation;

    @Autowired
    private TicketService tickets;

    @Autowired
    private CallService calls;

    @Test
    void readsTheCardWithAFixedNumberOfStatementsWhateverItsHistory() {
        StaffMember vera = staff.save(StaffFixtures.aStaffMember("Vera Vertrieb", Role.SALES));
        StaffMember tim = staff.save(StaffFixtures.aStaffMember("Tim Technik", Role.TECHNICIAN));
        Ticket quiet = forwardedTicket(vera, tim);
        Ticket busy = forwardedTicket(vera, tim);
        for (int i = 0; i < 15; i++) {
            tickets.resolve(new ResolveTicket(busy.id(), "Versuch " + i, false), tim);
            tickets.reopen(busy.id(), "Noch nicht " + i, vera);
            calls.log(new LogCall(busy.id(), "Anna Berger", "+49 89 1", "Ruft wieder an " + i, i % 2 == 0), vera);
        }

        int quietCost = statementsOfOpening(quiet, tim);
        int busyCost = statementsOfOpening(busy, tim);
        TicketView card = open(busy, tim);

        assertThat(busyCost).as("statements for the busy ticket's card").isEqualTo(quietCost);
        assertThat(card.history())
                .hasSize(10)
                .first()
                .asString()
                .contains("Vera Vertrieb hat das Ticket wieder geöffnet");
        assertThat(card.sections()).extracting(TicketView.Section::title).contains("Anrufe (15)");
        assertThat(card.buttons()).anyMatch(b -> b.label().equals("Ältere Einträge"));
        assertThat(busyCost)
                .as("statements for one ticket card (with its documents and delivery notes), at most as many as today")
                .isLessThanOrEqualTo(18);
    }

    private int statementsOfOpening(Ticket ticket, StaffMember me) {
        open(ticket, me);
        int before = STATEMENTS.get();
        COUNTING.set(true);
        try {
            open(ticket, me);
        } finally {
            COUNTING.set(false);
        }
        return STATEMENTS.get() - before;
    }

    private TicketView open(Ticket ticket, StaffMember me) {
        return (TicketView) conversation
                .submit(
                        me,
                        Actions.SHOW_TICKET,
                        Map.of(Actions.TICKET_ID, ticket.id().toString()))
                .views()
                .get(0);
    }

    private Ticket forwardedTicket(StaffMember vera, StaffMember tim) {
        Customer customer = Customer.create("K-" + UUID.randomUUID().toString().substring(0, 8), "Zähl GmbH");
        Contact anna = customer.addContact(Contact.create("Anna Berger", null, "+49 89 1", Language.DE));
        customers.save(customer);
        Ticket ticket = openTicket(customer, anna, "Drucker", vera);
        return creation.forward(
                new ForwardTicket(ticket.id(), tim.id(), false, Optional.empty(), "", Optional.empty()), vera);
    }

    /** Counts every statement the application prepares or creates on its connections. */
    @TestConfiguration
    static class Counting {

        @Bean
        static BeanPostProcessor countingStatements() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    if (!(bean instanceof DataSource source)) {
                        return bean;
                    }
                    InvocationHandler sources = (proxy, method, args) -> {
                        Object result = invoke(source, method, args);
                        return result instanceof Connection connection ? counting(connection) : result;
                    };
                    return Proxy.newProxyInstance(
                            DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class}, sources);
                }
            };
        }

        private static Connection counting(Connection connection) {
            InvocationHandler handler = (proxy, method, args) -> {
                if (method.getName().startsWith("prepare") || method.getName().equals("createStatement")) {
                    if (COUNTING.get()) {
                        STATEMENTS.incrementAndGet();
                    }
                }
                return invoke(connection, method, args);
            };
            return (Connection) Proxy.newProxyInstance(
                    Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, handler);
        }

        private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
            try {
                return method.invoke(target, args);
            } catch (java.lang.reflect.InvocationTargetException e) {
                throw e.getCause();
            }
        }
    }
}
