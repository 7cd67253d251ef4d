package de.servicebot.bot.conversation;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A form to fill in: its action id (what submitting it does), title, fields with their current values and errors,
 * hidden context (e.g. the ticket id) and the submit label. A refusal that concerns no single field is in
 * {@code error}.
 */
public record FormView(
        String action, String title, List<Field> fields, Map<String, String> hidden, String submitLabel, String error)
        implements View {

    public enum Kind {
        TEXT,
        MULTILINE,
        CHOICE,
        /** A customer, chosen by typing the first letters of the name (type-ahead). */
        CUSTOMER_SEARCH,
        TOGGLE,
        DATE,
        TIME,
        /** Text to read, not to fill in: its label as heading, its value as text (e.g. a mail as it will arrive). */
        INFO
    }

    public record Option(String value, String label) {}

    public record Field(
            String name,
            Kind kind,
            String label,
            String value,
            boolean required,
            List<Option> options,
            String hint,
            String error) {

        public Field {
            options = List.copyOf(options);
        }

        public Field withError(String error) {
            return new Field(name, kind, label, value, required, options, hint, error);
        }

        public Field withValue(String value) {
            return new Field(name, kind, label, value, required, options, hint, error);
        }

        /** Whether the person fills it in (every kind but {@link Kind#INFO}). */
        public boolean input() {
            return kind != Kind.INFO;
        }

        /** A text to read in the form, e.g. a preview. */
        public static Field info(String name, String label, String text) {
            return new Field(name, Kind.INFO, label, text, false, List.of(), "", "");
        }
    }

    public FormView {
        fields = List.copyOf(fields);
        hidden = Collections.unmodifiableSortedMap(new TreeMap<>(hidden));
    }

    public Optional<Field> field(String name) {
        return fields.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    /** The same form with the values the user submitted, so nothing typed is lost when it comes back. */
    public FormView withValues(Map<String, String> inputs) {
        List<Field> filled = fields.stream()
                .map(f -> f.input() && inputs.containsKey(f.name()) ? f.withValue(inputs.get(f.name())) : f)
                .toList();
        return new FormView(action, title, filled, hidden, submitLabel, error);
    }

    /** The same form with one more hidden input. */
    public FormView withHidden(String name, String value) {
        Map<String, String> more = new TreeMap<>(hidden);
        more.put(name, value);
        return new FormView(action, title, fields, more, submitLabel, error);
    }

    /** Whether the form comes back with an error, at a field or above it. */
    public boolean refused() {
        return (error != null && !error.isEmpty())
                || fields.stream().anyMatch(f -> f.error() != null && !f.error().isEmpty());
    }

    /** The same form with the error next to the field, or above the form when no field has that name. */
    public FormView withError(String fieldName, String message) {
        if (field(fieldName).isEmpty()) {
            return new FormView(action, title, fields, hidden, submitLabel, message);
        }
        List<Field> marked = fields.stream()
                .map(f -> f.name().equals(fieldName) ? f.withError(message) : f)
                .toList();
        return new FormView(action, title, marked, hidden, submitLabel, error);
    }

    @Override
    public String template() {
        return "form";
    }

    @Override
    public String summary() {
        return title;
    }
}
