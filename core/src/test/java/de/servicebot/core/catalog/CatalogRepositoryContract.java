package de.servicebot.core.catalog;

import static de.servicebot.core.shared.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import de.servicebot.core.RepositoryContract;
import org.junit.jupiter.api.Test;

/** The catalog: active types and categories, unique names. */
public abstract class CatalogRepositoryContract extends RepositoryContract {

    @Test
    void listsOnlyActiveTypesAndCategories() {
        TicketType active = repos.catalog().save(CatalogFixtures.aTicketType());
        TicketType retired = repos.catalog().save(CatalogFixtures.aTicketType());
        repos.catalog().save(retired.retire());
        Category category = repos.catalog().save(CatalogFixtures.aCategory());
        TicketType base = repos.catalog().save(TicketType.baseInstallation("Grundinstallation " + unique()));

        assertThat(repos.catalog().activeTypes()).contains(active).doesNotContain(retired, retired.retire());
        assertThat(repos.catalog().findType(base.id()).orElseThrow().baseInstallation())
                .isTrue();
        assertThat(repos.catalog().findType(active.id()).orElseThrow().baseInstallation())
                .isFalse();
        assertThat(repos.catalog().findType(retired.id())).contains(retired.retire());
        assertThat(repos.catalog().activeCategories()).contains(category);
        assertThat(repos.catalog().findCategory(category.id())).contains(category);
    }

    @Test
    void refusesATypeNameTwice() {
        TicketType type = repos.catalog().save(CatalogFixtures.aTicketType());

        assertRefused(() -> repos.catalog().save(TicketType.create(type.name().toUpperCase())), "catalog.name-taken");
    }
}
