package de.servicebot.core.checklist;

import de.servicebot.core.shared.DomainException;
import de.servicebot.core.shared.Versioned;
import de.servicebot.core.staff.StaffId;
import de.servicebot.core.ticket.TicketId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A ticket's checklist, copied from its template when the ticket was made, so that a later change of the template
 * leaves it as it is. A point is ticked only when it is really done, by the person who did it; taking a tick back
 * needs a reason. Points are numbered from 1, as the staff read them.
 */
public final class Checklist implements Versioned {

    private final ChecklistId id;
    private final TicketId ticketId;
    private final String name;
    private final List<ChecklistItem> items;
    private final List<Optional<Tick>> ticks;
    private final long version;

    private Checklist(
            ChecklistId id,
            TicketId ticketId,
            String name,
            List<ChecklistItem> items,
            List<Optional<Tick>> ticks,
            long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.ticketId = Objects.requireNonNull(ticketId, "ticketId");
        this.name = Objects.requireNonNull(name, "name");
        this.items = List.copyOf(items);
        this.ticks = new ArrayList<>(ticks);
        this.version = version;
        if (items.isEmpty() || items.size() != ticks.size()) {
            throw new IllegalArgumentException("A checklist needs its items, each with its tick state");
        }
        if (items.get(0).inOrder()) {
            throw new IllegalArgumentException("The first point has no previous one to follow");
        }
    }

    /** A fresh checklist on a ticket, nothing ticked. */
    public static Checklist start(TicketId ticketId, String name, List<ChecklistItem> items) {
        List<Optional<Tick>> open = new ArrayList<>(Collections.nCopies(items.size(), Optional.empty()));
        return new Checklist(ChecklistId.newId(), ticketId, name, items, open, 0);
    }

    public static Checklist restore(
            ChecklistId id,
            TicketId ticketId,
            String name,
            List<ChecklistItem> items,
            List<Optional<Tick>> ticks,
            long version) {
        return new Checklist(id, ticketId, name, items, ticks, version);
    }

    /**
     * Marks point {@code position} done by {@code by}. Refused when it is already done, when it follows a point that
     * is still open, or when the note or evidence it asks for is missing.
     */
    public Tick tick(int position, StaffId by, Instant at, String note, String evidence) {
        ChecklistItem item = item(position);
        Optional<Tick> done = ticks.get(position - 1);
        DomainException.require(done.isEmpty(), "checklist.already-done", position, item.text());
        if (item.inOrder()) {
            DomainException.require(
                    ticks.get(position - 2).isPresent(),
                    "checklist.previous-open",
                    position - 1,
                    items.get(position - 2).text());
        }
        Tick tick = new Tick(by, at, note, evidence);
        DomainException.require(!item.noteRequired() || !tick.note().isEmpty(), "checklist.note-required", item.text());
        item.evidence()
                .ifPresent(label -> DomainException.require(
                        !tick.evidence().isEmpty(), "checklist.evidence-required", label, item.text()));
        ticks.set(position - 1, Optional.of(tick));
        return tick;
    }

    /**
     * Takes back the tick of point {@code position}, for a reason. Refused while a later point that follows it in
     * order is still ticked, since that one could not have been done first.
     */
    public Untick untick(int position, StaffId by, Instant at, String reason) {
        ChecklistItem item = item(position);
        Tick done = ticks.get(position - 1)
                .orElseThrow(() -> new DomainException("checklist.not-done", position, item.text()));
        DomainException.require(reason != null && !reason.isBlank(), "checklist.reason-required");
        if (position < items.size() && items.get(position).inOrder()) {
            DomainException.require(
                    ticks.get(position).isEmpty(),
                    "checklist.later-done",
                    position + 1,
                    items.get(position).text());
        }
        ticks.set(position - 1, Optional.empty());
        return new Untick(position, done, by, at, reason.strip());
    }

    /** The required points still open, in order; resolving the ticket is refused while there are any. */
    public List<ChecklistItem> openRequired() {
        List<ChecklistItem> open = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).required() && ticks.get(i).isEmpty()) {
                open.add(items.get(i));
            }
        }
        return open;
    }

    public long doneCount() {
        return ticks.stream().filter(Optional::isPresent).count();
    }

    private ChecklistItem item(int position) {
        DomainException.require(position >= 1 && position <= items.size(), "checklist.no-such-item", position);
        return items.get(position - 1);
    }

    public ChecklistId id() {
        return id;
    }

    public TicketId ticketId() {
        return ticketId;
    }

    public String name() {
        return name;
    }

    public List<ChecklistItem> items() {
        return items;
    }

    public List<Optional<Tick>> ticks() {
        return List.copyOf(ticks);
    }

    @Override
    public long version() {
        return version;
    }
}
