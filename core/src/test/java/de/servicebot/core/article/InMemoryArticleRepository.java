package de.servicebot.core.article;

import de.servicebot.core.shared.DomainException;
import de.servicebot.core.shared.VersionedStore;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

public final class InMemoryArticleRepository implements ArticleRepository {

    private final VersionedStore<ArticleId, Article> store = new VersionedStore<>(Article::withVersion);

    @Override
    public synchronized Article save(Article article) {
        findByNumber(article.number())
                .filter(other -> !other.id().equals(article.id()))
                .ifPresent(other -> {
                    throw new DomainException("article.number-taken", article.number());
                });
        return store.save(article.id(), article);
    }

    @Override
    public Optional<Article> findByNumber(String number) {
        return store.all().stream()
                .filter(a -> a.number().equalsIgnoreCase(number.strip()))
                .findFirst();
    }

    @Override
    public List<Article> findMatching(String typed, int limit) {
        String text = typed.strip().toLowerCase(Locale.ROOT);
        return store.all().stream()
                .filter(Article::active)
                .filter(a -> a.number().toLowerCase(Locale.ROOT).startsWith(text)
                        || a.name().toLowerCase(Locale.ROOT).contains(text))
                .sorted(Comparator.comparing((Article a) ->
                                !a.number().toLowerCase(Locale.ROOT).startsWith(text))
                        .thenComparing(a -> a.name().toLowerCase(Locale.ROOT))
                        .thenComparing(Article::number))
                .limit(limit)
                .toList();
    }
}
