package de.servicebot.core.customer;

import java.text.Normalizer;
import java.util.Locale;

/**
 * How a typed search matches a customer: the customer number, or any part of any word of the name, ignoring case,
 * accents and the German transliterations (ü/ue, ö/oe, ä/ae, ß/ss), so "mueller", "Muller" and "MÜLLER" all find
 * "Müller Maschinenbau". The PostgreSQL adapter computes the same key in SQL ({@code servicebot_search_key}).
 */
public final class CustomerSearch {

    /** Below this many characters a search matches the start of the name only. */
    public static final int MIN_ANYWHERE = 3;

    private CustomerSearch() {}

    /** Lower case, umlauts written out, other accents dropped: "Müller-Lüdenscheidt" → "mueller-luedenscheidt". */
    public static String fold(String text) {
        String lower = text.strip().toLowerCase(Locale.ROOT);
        String written =
                lower.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss");
        return plain(written);
    }

    /** What a customer is found by: the folded name, the name without accents, and the number. */
    public static String key(String name, String number) {
        return fold(name) + " " + plain(name.strip().toLowerCase(Locale.ROOT).replace("ß", "ss")) + " "
                + number.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * How well the key matches the folded query, lower is better: 0 the number itself, 1 the name starts with it, 2 a
     * word starts with it, 3 it is somewhere in the key, 4 not at all.
     */
    public static int rank(String key, String number, String query) {
        if (number.equalsIgnoreCase(query.strip())) {
            return 0;
        }
        String folded = fold(query);
        if (key.startsWith(folded)) {
            return 1;
        }
        if (key.contains(" " + folded) || key.contains("-" + folded)) {
            return 2;
        }
        return key.contains(folded) ? 3 : 4;
    }

    private static String plain(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    }
}
