package de.servicebot.bot.conversation;

import de.servicebot.core.shared.DomainException;

/**
 * A refusal from core that belongs next to a field of the form it came from. Flows wrap a {@link DomainException}
 * with the field it concerns; the {@link Conversation} turns it into text and puts it there.
 */
public final class FieldRefusal extends RuntimeException {

    private final transient FormView form;
    private final String field;
    private final DomainException refusal;

    public FieldRefusal(FormView form, String field, DomainException refusal) {
        super(refusal.code(), null, false, false);
        this.form = form;
        this.field = field;
        this.refusal = refusal;
    }

    public FormView form() {
        return form;
    }

    public String field() {
        return field;
    }

    public DomainException refusal() {
        return refusal;
    }
}
