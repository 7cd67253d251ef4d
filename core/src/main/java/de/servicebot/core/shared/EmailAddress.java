package de.servicebot.core.shared;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An e-mail address, stored in lower case so that staff found by their Teams UPN or Slack e-mail match however
 * the address was typed.
 */
public record EmailAddress(String value) {

    private static final Pattern SHAPE = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");
    private static final int MAX_LENGTH = 254;

    public EmailAddress {
        DomainException.require(value != null && !value.isBlank(), "email.missing");
        value = value.trim().toLowerCase(Locale.ROOT);
        DomainException.require(
                value.length() <= MAX_LENGTH && SHAPE.matcher(value).matches(), "email.invalid", value);
    }

    public static EmailAddress of(String value) {
        return new EmailAddress(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
