package de.servicebot.core.template;

import java.util.List;
import java.util.Optional;

/** Stores text templates; a name is unique within its kind, ignoring case. */
public interface TextTemplateRepository {

    /** Stores the template; throws {@code DomainException} {@code template.name-taken} for a name in use. */
    TextTemplate save(TextTemplate template);

    Optional<TextTemplate> findByName(TemplateKind kind, String name);

    /** The templates of a kind, ordered by name. */
    List<TextTemplate> findByKind(TemplateKind kind);
}
