package de.servicebot.core.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TextTemplateTest {

    private final TextTemplate ticketNew = TextTemplate.create(
            TemplateKind.TICKET,
            TextTemplate.TICKET_NEW,
            "Kunde: {{Kunde}}\nAnsprechpartner: {{ansprechpartner}}\nAufgenommen am {{Datum}} von {{Ersteller}}");

    @Test
    void fillsEveryPlaceholderWithItsValue() {
        String text = ticketNew.fill(Map.of(
                Placeholder.CUSTOMER, "Müller Maschinenbau GmbH",
                Placeholder.CONTACT, "Anna Berger",
                Placeholder.DATE, "26.11.2026",
                Placeholder.CREATOR, "Tina Technik"));

        assertThat(text)
                .isEqualTo("Kunde: Müller Maschinenbau GmbH\nAnsprechpartner: Anna Berger\n"
                        + "Aufgenommen am 26.11.2026 von Tina Technik");
    }

    @Test
    void leavesAPlaceholderWithoutValueEmpty() {
        String text = ticketNew.fill(Map.of(Placeholder.CUSTOMER, "Müller"));

        assertThat(text).isEqualTo("Kunde: Müller\nAnsprechpartner: \nAufgenommen am  von ");
    }

    @Test
    void keepsDollarsAndBackslashesInValues() {
        String text = ticketNew.fill(Map.of(Placeholder.CUSTOMER, "A$1 \\ B"));

        assertThat(text).startsWith("Kunde: A$1 \\ B\n");
    }

    @Test
    void refusesAPlaceholderItDoesNotKnowWhenTheTemplateIsMade() {
        assertThatThrownBy(() -> TextTemplate.create(TemplateKind.TICKET, "Kaputt", "Termin: {{Termin}}"))
                .extracting("code", "args")
                .containsExactly("template.unknown-placeholder", java.util.List.of("{{Termin}}"));
    }

    @Test
    void knowsWhichPlaceholdersItUses() {
        assertThat(ticketNew.placeholders())
                .containsExactlyInAnyOrder(
                        Placeholder.CUSTOMER, Placeholder.CONTACT, Placeholder.DATE, Placeholder.CREATOR);
    }
}
