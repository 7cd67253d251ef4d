package de.servicebot.adapter.postgres;

import de.servicebot.core.article.Article;
import de.servicebot.core.article.ArticleId;
import de.servicebot.core.article.ArticleRepository;
import de.servicebot.core.shared.DomainException;
import de.servicebot.core.shared.Versioned;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;

class JdbcArticleRepository implements ArticleRepository {

    private static final String COLUMNS = "id, number, name, unit, serial_numbers, active, version";

    private static final RowMapper<Article> ARTICLE = (rs, n) -> new Article(
            new ArticleId(rs.getObject("id", UUID.class)),
            rs.getString("number"),
            rs.getString("name"),
            rs.getString("unit"),
            rs.getBoolean("serial_numbers"),
            rs.getBoolean("active"),
            Versions.fromRow(rs.getLong("version")));

    /** Numbers starting with the text (index range), then names containing it (trigram index), best first. */
    private static final String MATCHING = "select " + COLUMNS + """
             from article
            where active and (lower(number) like :prefix or lower(name) like :anywhere)
            order by case when lower(number) like :prefix then 0 else 1 end, lower(name), number
            limit :limit""";

    private final NamedParameterJdbcOperations jdbc;

    JdbcArticleRepository(NamedParameterJdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Article save(Article article) {
        Map<String, Object> row = new HashMap<>();
        row.put("id", article.id().value());
        row.put("number", article.number());
        row.put("name", article.name());
        row.put("unit", article.unit());
        row.put("serials", article.serialNumbers());
        row.put("active", article.active());
        row.put("version", Versions.rowBefore(article));
        row.put("next", Versions.rowAfter(article));
        try {
            if (article.isNew()) {
                jdbc.update("""
                        insert into article (id, number, name, unit, serial_numbers, active, version)
                        values (:id, :number, :name, :unit, :serials, :active, :next)""", row);
            } else if (jdbc.update("""
                            update article set name = :name, unit = :unit, serial_numbers = :serials,
                                active = :active, version = :next
                            where id = :id and version = :version""", row) == 0) {
                throw new DomainException(Versioned.CONCURRENT_CHANGE);
            }
        } catch (DuplicateKeyException taken) {
            throw new DomainException("article.number-taken", article.number());
        }
        return article.withVersion(article.version() + 1);
    }

    @Override
    public Optional<Article> findByNumber(String number) {
        return jdbc
                .query(
                        "select " + COLUMNS + " from article where lower(number) = lower(:number)",
                        Map.of("number", number.strip()),
                        ARTICLE)
                .stream()
                .findFirst();
    }

    @Override
    public List<Article> findMatching(String typed, int limit) {
        String text = typed.strip()
                .toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\")
                .replace("%", "\\%")
                .replace("_", "\\_");
        return jdbc.query(
                MATCHING, Map.of("prefix", text + "%", "anywhere", "%" + text + "%", "limit", limit), ARTICLE);
    }
}
