package de.servicebot.core.template;

/** Where a template is used. */
public enum TemplateKind {
    /** The description of a ticket (e.g. "Ticket NEU"). */
    TICKET,
    /** The text of a time entry (e.g. "Ticketerstellung"); the template's name is the entry's activity. */
    TIME_ENTRY
}
