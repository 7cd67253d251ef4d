package de.servicebot.bot.local;

import static org.assertj.core.api.Assertions.assertThat;

import de.servicebot.core.Repositories;
import de.servicebot.core.shared.Transactions;
import de.servicebot.core.staff.Role;
import de.servicebot.core.template.TemplateKind;
import de.servicebot.core.template.TextTemplate;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class DemoDataTest {

    private final Repositories repos = Repositories.inMemory();
    private final Transactions direct = new Transactions() {
        @Override
        public <T> T inTransaction(Supplier<T> work) {
            return work.get();
        }

        @Override
        public <T> T inTransaction(Supplier<T> work, java.util.function.Predicate<? super T> undo) {
            return work.get();
        }
    };
    private final DemoData demo = new DemoData(
            repos.staff(),
            repos.customers(),
            repos.catalog(),
            repos.templates(),
            repos.checklistTemplates(),
            repos.orders(),
            repos.documents(),
            repos.articles(),
            direct);

    @Test
    void givesANewcomerSomeoneInEveryRoleAndTheTemplatesTheProcessNames() {
        demo.loadIfAbsent();

        for (Role role : Role.values()) {
            assertThat(repos.staff().findActiveByRole(role))
                    .as("staff with role %s", role)
                    .isNotEmpty();
        }
        assertThat(repos.customers().findByNumber("K-10001"))
                .hasValueSatisfying(c -> assertThat(c.contacts()).hasSize(2));
        assertThat(repos.catalog().activeTypes()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(repos.catalog().activeCategories()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(repos.templates().findByName(TemplateKind.TICKET, TextTemplate.TICKET_NEW))
                .isPresent();
        assertThat(repos.templates().findByName(TemplateKind.TIME_ENTRY, TextTemplate.TICKET_CREATION))
                .isPresent();
    }

    @Test
    void givesSalesAnOrderWithItsDocumentAndTheTypesItNeedsWithTheirChecklists() {
        demo.loadIfAbsent();

        assertThat(repos.orders().findByNumber(DemoData.ORDER)).hasValueSatisfying(order -> {
            assertThat(order.agreements()).contains("Einweisung");
            assertThat(order.document()).isPresent();
            assertThat(order.tickets()).isEmpty();
        });
        assertThat(repos.catalog().activeTypes().stream()
                        .filter(type -> !repos.checklistTemplates()
                                .currentFor(type.id())
                                .isEmpty())
                        .map(type -> type.name()))
                .contains("Grundinstallation", "Arbeitsplatz einrichten");
    }

    @Test
    void leavesTheDataAloneOnTheNextStart() {
        assertThat(demo.loadIfAbsent()).isTrue();

        assertThat(demo.loadIfAbsent()).isFalse();
        assertThat(repos.staff().findActiveByRole(Role.SALES)).hasSize(1);
    }
}
