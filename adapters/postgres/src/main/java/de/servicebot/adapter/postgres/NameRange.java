package de.servicebot.adapter.postgres;

import java.util.Locale;

/**
 * The lower-cased names starting with a prefix, as the half-open range [prefix, next) in byte order, where next is
 * the prefix with its last character counted up. UTF-8 keeps character order in byte order, so this is exactly
 * "starts with", and unlike {@code LIKE :pattern} a b-tree with {@code text_pattern_ops} serves it even when
 * PostgreSQL plans the statement once for all parameter values (pgjdbc's server-side prepared statements).
 */
record NameRange(String from, String to) {

    static NameRange startingWith(String prefix) {
        String from = prefix.strip().toLowerCase(Locale.ROOT);
        if (from.isEmpty()) {
            return new NameRange("", String.valueOf(Character.toChars(Character.MAX_CODE_POINT)));
        }
        int last = from.codePointBefore(from.length());
        String head = from.substring(0, from.length() - Character.charCount(last));
        return new NameRange(from, head + new String(Character.toChars(last + 1)));
    }
}
