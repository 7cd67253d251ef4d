package de.servicebot.core.staff;

/** What a person does in the process; one person may hold several roles. */
public enum Role {
    /** Vertrieb: turns orders into tickets, receives billing hand-offs, creates delivery notes. */
    SALES,
    /** Techniker: creates and forwards tickets, works checklists, logs time, calls and material. */
    TECHNICIAN,
    /** Innendienst: books stock withdrawals handed to it. */
    BACKOFFICE,
    /** Admin: manages staff, master data and templates. */
    ADMIN
}
