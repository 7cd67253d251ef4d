package de.servicebot.core.article;

import static de.servicebot.core.shared.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import de.servicebot.core.RepositoryContract;
import org.junit.jupiter.api.Test;

/** The article list: unique numbers, changes kept, type-ahead by number or name. */
public abstract class ArticleRepositoryContract extends RepositoryContract {

    @Test
    void keepsAnArticleAndRefusesItsNumberForAnother() {
        String number = "TN-" + unique();
        Article stored = repos.articles().save(Article.create(number, "Toner HP 26A schwarz", "Stück", false));

        Article changed = repos.articles()
                .save(repos.articles()
                        .findByNumber(number.toLowerCase(java.util.Locale.ROOT))
                        .orElseThrow()
                        .change("Toner HP 26X schwarz", "Karton à 2", true, true));

        assertThat(changed.version()).isEqualTo(2);
        assertThat(repos.articles().findByNumber(number)).hasValueSatisfying(found -> {
            assertThat(found.name()).isEqualTo("Toner HP 26X schwarz");
            assertThat(found.unit()).isEqualTo("Karton à 2");
            assertThat(found.serialNumbers()).isTrue();
        });
        assertRefused(() -> repos.articles().save(stored), "common.concurrent-change");
        assertRefused(
                () -> repos.articles().save(Article.create(number.toUpperCase(java.util.Locale.ROOT), "x", "y", false)),
                "article.number-taken");
    }

    @Test
    void findsActiveArticlesByTheStartOfTheNumberOrAWordOfTheName() {
        String tag = unique();
        repos.articles().save(Article.create("SW-" + tag, "Switch 24 Port " + tag, "Stück", true));
        repos.articles().save(Article.create("KB-" + tag, "Patchkabel 2 m " + tag, "Stück", false));
        Article old = repos.articles().save(Article.create("OLD-" + tag, "Patchkabel alt " + tag, "Stück", false));
        repos.articles().save(old.change(old.name(), old.unit(), false, false));

        assertThat(repos.articles().findMatching("sw-" + tag, 10))
                .extracting(Article::number)
                .containsExactly("SW-" + tag);
        assertThat(repos.articles().findMatching("kabel 2 m " + tag, 10))
                .extracting(Article::number)
                .containsExactly("KB-" + tag);
        assertThat(repos.articles().findMatching("50%_" + tag, 10)).isEmpty();
    }
}
