package de.servicebot.core.article;

import de.servicebot.core.audit.AuditEntry;
import de.servicebot.core.audit.AuditLog;
import de.servicebot.core.shared.Transactions;
import de.servicebot.core.staff.Permission;
import de.servicebot.core.staff.StaffMember;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** Finding articles as people type them, and keeping the list (admins and the back office). */
public final class ArticleService {

    /** The most matches a type-ahead shows. */
    public static final int MAX_MATCHES = 25;

    /** The most articles a choice lists. */
    public static final int MAX_CHOICES = 100;

    private final ArticleRepository articles;
    private final AuditLog audit;
    private final Transactions transactions;
    private final Clock clock;

    public ArticleService(ArticleRepository articles, AuditLog audit, Transactions transactions, Clock clock) {
        this.articles = articles;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    public List<Article> search(String typed, StaffMember by) {
        by.require(Permission.VIEW_TICKETS);
        return typed == null || typed.isBlank() ? List.of() : articles.findMatching(typed.strip(), MAX_MATCHES);
    }

    /** The first active articles by name, for a choice where typing ahead is not available. */
    public List<Article> first(StaffMember by) {
        by.require(Permission.VIEW_TICKETS);
        return articles.findMatching("", MAX_CHOICES);
    }

    public Optional<Article> byNumber(String number, StaffMember by) {
        by.require(Permission.VIEW_TICKETS);
        return number == null || number.isBlank() ? Optional.empty() : articles.findByNumber(number.strip());
    }

    /** Adds the article, or changes the one with its number (name, unit, serial numbers, active). */
    public Article keep(
            String number, String name, String unit, boolean serialNumbers, boolean active, StaffMember by) {
        by.require(Permission.MAINTAIN_ARTICLES);
        return transactions.inTransaction(() -> {
            Optional<Article> known = articles.findByNumber(number == null ? "" : number.strip());
            Article saved = articles.save(known.map(article -> article.change(name, unit, serialNumbers, active))
                    .orElseGet(() -> Article.create(number, name, unit, serialNumbers)
                            .change(name, unit, serialNumbers, active)));
            audit.record(new AuditEntry(
                    clock.instant(),
                    by.id(),
                    known.isPresent() ? "article.changed" : "article.added",
                    saved.id().toString(),
                    "number=" + saved.number() + " unit=" + saved.unit() + " serials=" + saved.serialNumbers()
                            + " active=" + saved.active()));
            return saved;
        });
    }
}
