package de.servicebot.core.article;

import de.servicebot.core.shared.DomainException;
import de.servicebot.core.shared.Texts;
import de.servicebot.core.shared.Versioned;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An article the company keeps in stock (master data): its number, its name, the packaging unit (Verpackungseinheit)
 * its quantities count, such as "Stück" or "Karton à 10", and whether each piece has a serial number that the
 * delivery note must name. An article that is no longer sold is deactivated, never deleted: old delivery notes name
 * it.
 */
public record Article(
        ArticleId id, String number, String name, String unit, boolean serialNumbers, boolean active, long version)
        implements Versioned {

    public static final int MAX_NAME = 200;
    public static final int MAX_UNIT = 40;
    private static final Pattern NUMBER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/-]{0,39}");

    public Article {
        Objects.requireNonNull(id, "id");
        number = number == null ? "" : number.strip();
        DomainException.require(!number.isEmpty(), "article.number-missing");
        DomainException.require(NUMBER.matcher(number).matches(), "article.number-invalid", number);
        name = Texts.required(name, MAX_NAME, "article.name-missing", "article.name-too-long");
        unit = Texts.required(unit, MAX_UNIT, "article.unit-missing", "article.unit-too-long");
    }

    /** A new, active article. */
    public static Article create(String number, String name, String unit, boolean serialNumbers) {
        return new Article(ArticleId.newId(), number, name, unit, serialNumbers, true, 0);
    }

    /** The same article with a new name, unit and serial-number flag; the number stays. */
    public Article change(String name, String unit, boolean serialNumbers, boolean active) {
        return new Article(id, number, name, unit, serialNumbers, active, version);
    }

    public Article withVersion(long version) {
        return new Article(id, number, name, unit, serialNumbers, active, version);
    }
}
