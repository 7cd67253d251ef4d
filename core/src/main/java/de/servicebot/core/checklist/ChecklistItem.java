package de.servicebot.core.checklist;

import de.servicebot.core.shared.DomainException;
import java.util.Objects;
import java.util.Optional;

/**
 * One point (Punkt) of a checklist as its template defines it: the text, whether it must be done before the ticket
 * can be resolved, whether it follows the previous point, and what must be written down when it is ticked.
 *
 * @param evidence what must be recorded when ticking, such as "Seriennummer"; empty if nothing
 */
public record ChecklistItem(
        String text, boolean required, boolean inOrder, boolean noteRequired, Optional<String> evidence) {

    public static final int MAX_TEXT = 500;
    public static final int MAX_LABEL = 80;

    public ChecklistItem {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(evidence, "evidence");
        text = text.strip();
        DomainException.require(!text.isEmpty(), "checklist.item-text-missing");
        DomainException.require(text.length() <= MAX_TEXT, "checklist.item-too-long", MAX_TEXT);
        evidence = evidence.map(String::strip).filter(label -> !label.isEmpty());
        evidence.ifPresent(label ->
                DomainException.require(label.length() <= MAX_LABEL, "checklist.evidence-label-too-long", MAX_LABEL));
    }

    /** A required point with nothing to write down, done in any order. */
    public static ChecklistItem required(String text) {
        return new ChecklistItem(text, true, false, false, Optional.empty());
    }

    public ChecklistItem afterThePrevious() {
        return new ChecklistItem(text, required, true, noteRequired, evidence);
    }

    public ChecklistItem withNote() {
        return new ChecklistItem(text, required, inOrder, true, evidence);
    }

    public ChecklistItem withEvidence(String label) {
        return new ChecklistItem(text, required, inOrder, noteRequired, Optional.of(label));
    }

    public ChecklistItem optional() {
        return new ChecklistItem(text, false, inOrder, noteRequired, evidence);
    }
}
