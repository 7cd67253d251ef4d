package de.servicebot.adapter.postgres;

import de.servicebot.adapter.postgres.Rows.TextTemplateRow;
import de.servicebot.adapter.postgres.SpringDataRepositories.TextTemplateRows;
import de.servicebot.core.shared.DomainException;
import de.servicebot.core.template.TemplateKind;
import de.servicebot.core.template.TextTemplate;
import de.servicebot.core.template.TextTemplateId;
import de.servicebot.core.template.TextTemplateRepository;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.jdbc.core.JdbcAggregateOperations;

class JdbcTextTemplateRepository implements TextTemplateRepository {

    private final TextTemplateRows rows;
    private final JdbcAggregateOperations aggregates;

    JdbcTextTemplateRepository(TextTemplateRows rows, JdbcAggregateOperations aggregates) {
        this.rows = rows;
        this.aggregates = aggregates;
    }

    @Override
    public TextTemplate save(TextTemplate template) {
        TextTemplateRow row =
                new TextTemplateRow(template.id().value(), template.kind().name(), template.name(), template.body());
        Versions.saving(
                () -> rows.existsById(row.id()) ? aggregates.update(row) : aggregates.insert(row),
                Map.of("text_template_name_key", () -> new DomainException("template.name-taken", template.name())));
        return template;
    }

    @Override
    public Optional<TextTemplate> findByName(TemplateKind kind, String name) {
        return rows.findByName(kind.name(), name.strip()).map(JdbcTextTemplateRepository::asAggregate);
    }

    @Override
    public List<TextTemplate> findByKind(TemplateKind kind) {
        return rows.findByKind(kind.name()).stream()
                .map(JdbcTextTemplateRepository::asAggregate)
                .toList();
    }

    private static TextTemplate asAggregate(TextTemplateRow row) {
        return new TextTemplate(new TextTemplateId(row.id()), TemplateKind.valueOf(row.kind()), row.name(), row.body());
    }
}
