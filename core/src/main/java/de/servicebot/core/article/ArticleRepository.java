package de.servicebot.core.article;

import java.util.List;
import java.util.Optional;

/** The article list. */
public interface ArticleRepository {

    /** Stores a new or changed article; refused with {@code article.number-taken} for a number another one has. */
    Article save(Article article);

    /** The article with this number, ignoring case. */
    Optional<Article> findByNumber(String number);

    /**
     * Active articles as people type them: a number starting with the text, or a name containing it, ignoring case;
     * numbers first, then by name; at most {@code limit}.
     */
    List<Article> findMatching(String typed, int limit);
}
