package de.servicebot.core.template;

import static org.assertj.core.api.Assertions.assertThat;

import de.servicebot.core.World;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TemplateValuesTest {

    private final World world = new World();

    @Test
    void fillsWhatIsKnownAndLeavesTheRestToType() {
        String text = TemplateValues.writtenBy(world.sales, LocalDate.of(2026, 11, 26))
                .customer(world.customer, world.anna.id())
                .fill("{{Kunde}} / {{Ansprechpartner}} / {{Datum}} / {{Ersteller}} / {{Ticketnummer}}");

        assertThat(text)
                .isEqualTo("Müller Maschinenbau GmbH / Anna Berger / 26.11.2026 / Vera Vertrieb / {{Ticketnummer}}");
    }

    @Test
    void fillsTheTicketAndItsClassification() {
        String text = TemplateValues.writtenBy(world.technician, LocalDate.of(2026, 11, 26))
                .ticket("T-2026-00042", "Drucker druckt nicht")
                .classification("Störung", "Drucker")
                .fill("{{Ticketnummer}}: {{Betreff}} ({{Typ}}, {{Hauptkategorie}})");

        assertThat(text).isEqualTo("T-2026-00042: Drucker druckt nicht (Störung, Drucker)");
    }

    @Test
    void leavesTheContactOpenWhenItIsNotOneOfTheCustomers() {
        var foreign = de.servicebot.core.customer.CustomerFixtures.aCustomer("Schmidt Logistik")
                .contacts()
                .get(0);

        assertThat(TemplateValues.writtenBy(world.sales, LocalDate.of(2026, 11, 26))
                        .customer(world.customer, foreign.id())
                        .asMap())
                .doesNotContainKey(Placeholder.CONTACT)
                .containsEntry(Placeholder.CUSTOMER, "Müller Maschinenbau GmbH");
    }
}
