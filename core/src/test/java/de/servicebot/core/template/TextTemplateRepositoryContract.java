package de.servicebot.core.template;

import static de.servicebot.core.shared.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import de.servicebot.core.RepositoryContract;
import org.junit.jupiter.api.Test;

/** The text templates: found by kind and name. */
public abstract class TextTemplateRepositoryContract extends RepositoryContract {

    @Test
    void findsTemplatesByKindAndNameIgnoringCase() {
        String name = "Vorlage " + unique();
        TextTemplate ticketTemplate =
                repos.templates().save(TextTemplate.create(TemplateKind.TICKET, name, "Kunde: {{Kunde}}"));
        TextTemplate timeTemplate = repos.templates().save(TextTemplate.create(TemplateKind.TIME_ENTRY, name, "x"));

        assertThat(repos.templates().findByName(TemplateKind.TICKET, name.toLowerCase()))
                .contains(ticketTemplate);
        assertThat(repos.templates().findByName(TemplateKind.TIME_ENTRY, name)).contains(timeTemplate);
        assertThat(repos.templates().findByKind(TemplateKind.TIME_ENTRY)).contains(timeTemplate);
        assertRefused(
                () -> repos.templates().save(TextTemplate.create(TemplateKind.TICKET, name, "y")),
                "template.name-taken");
    }
}
