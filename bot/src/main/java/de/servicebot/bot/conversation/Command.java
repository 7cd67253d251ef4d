package de.servicebot.bot.conversation;

/** A text command, parsed once for every channel. */
public sealed interface Command {

    record Help() implements Command {}

    /** {@code neu [Betreff]}: start a new ticket, optionally with its subject. */
    record NewTicket(String subject) implements Command {}

    /** {@code ticket T-2026-00042}: show one ticket. */
    record ShowTicket(String number) implements Command {}

    /** {@code meine}: my open tickets. */
    record MyTickets() implements Command {}

    /** {@code kunde Müller}: the tickets of the customer whose name starts like that. */
    record CustomerTickets(String namePrefix) implements Command {}

    /** {@code weiterleiten T-2026-00042}: forward a ticket. */
    record Forward(String number) implements Command {}

    /** {@code zeit T-2026-00042 [45m]}: book time on a ticket. */
    record LogTime(String number, String duration) implements Command {}

    /** {@code zeiten T-2026-00042}: a ticket's time entries and their total. */
    record TimeSheet(String number) implements Command {}

    /** {@code anruf T-2026-00042}: log a call on a ticket. */
    record LogCall(String number) implements Command {}

    /** {@code checkliste T-2026-00042}: a ticket's checklists, to tick what is done. */
    record ShowChecklist(String number) implements Command {}

    /** {@code lösen T-2026-00042}: resolve a ticket (refused while required checklist points are open). */
    record Resolve(String number) implements Command {}

    /** {@code auftrag AB-2026-0815}: turn an order into tickets (sales). */
    record OrderTickets(String orderNumber) implements Command {}

    /** {@code vorlage Grundinstallation}: change the checklist template of a ticket type (admins). */
    record EditChecklistTemplate(String typeName) implements Command {}

    /** Anything else; {@code word} is the first word, to say what was not understood. */
    record Unknown(String word) implements Command {}

    /** A known command without the ticket number it needs. */
    record MissingNumber(String command) implements Command {}
}
