package de.servicebot.bot.feature.document;

import de.servicebot.bot.conversation.Say;
import de.servicebot.bot.conversation.TicketSection;
import de.servicebot.bot.conversation.TicketView;
import de.servicebot.core.document.DocumentInfo;
import de.servicebot.core.document.DocumentService;
import de.servicebot.core.shared.Formats;
import de.servicebot.core.staff.StaffMember;
import de.servicebot.core.ticket.Ticket;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** The ticket's documents on its card, each a line (name, size, date) and a link for the person looking at it. */
public final class DocumentSection implements TicketSection {

    private final DocumentService documents;
    private final DocumentLinks links;
    private final ZoneId zone;

    public DocumentSection(DocumentService documents, DocumentLinks links, ZoneId zone) {
        this.documents = documents;
        this.links = links;
        this.zone = zone;
    }

    @Override
    public Optional<TicketView.Section> of(Ticket ticket, StaffMember me, Say say) {
        List<DocumentInfo> kept = documents.ofTicket(ticket.id(), me);
        if (kept.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new TicketView.Section(
                say.text("ticket.documents", kept.size()),
                kept.stream()
                        .map(document -> say.text(
                                "ticket.document",
                                document.fileName(),
                                size(document.size(), say),
                                Formats.date(LocalDate.ofInstant(document.storedAt(), zone), say.language())))
                        .toList(),
                kept.stream()
                        .map(document -> new TicketView.Link(
                                say.text("button.document-open", document.fileName()),
                                links.link(document.id(), ticket.id(), me.id())))
                        .toList()));
    }

    private static String size(int bytes, Say say) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return (bytes + 1023) / 1024 + " KB";
        }
        return String.format(say.language().locale(), "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
