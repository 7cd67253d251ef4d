package de.servicebot.core.staff;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a person may do, by role. Everyone on staff sees every ticket and may log a call on it (whoever answers the
 * phone must find the ticket); sales, technicians and admins create and forward tickets and book their own time; only
 * admins book time for someone else. Technicians work checklists and resolve tickets; sales turns orders into
 * tickets; only admins change checklist templates.
 *
 * <pre>
 *                      SALES  TECHNICIAN  BACKOFFICE  ADMIN
 * VIEW_TICKETS           x        x           x         x
 * LOG_CALL               x        x           x         x
 * CREATE_TICKET          x        x                     x
 * FORWARD_TICKET         x        x                     x
 * LOG_OWN_TIME           x        x                     x
 * LOG_TIME_FOR_OTHERS                                   x
 * WORK_CHECKLIST                x                       x
 * RESOLVE_TICKET                x                       x
 * TICKETS_FROM_ORDER     x                              x
 * EDIT_CHECKLISTS                                       x
 * DELIVERY_NOTES         x                              x
 * RECORD_MATERIAL                x                       x
 * BOOK_STOCK                                  x         x
 * MAINTAIN_ARTICLES                           x         x
 * </pre>
 *
 * <p>Sales writes and issues delivery notes (Lieferscheine); technicians record the material they took; the back
 * office (Innendienst) books material from stock and keeps the article list.
 */
public enum Permission {
    VIEW_TICKETS(Role.SALES, Role.TECHNICIAN, Role.BACKOFFICE, Role.ADMIN),
    LOG_CALL(Role.SALES, Role.TECHNICIAN, Role.BACKOFFICE, Role.ADMIN),
    CREATE_TICKET(Role.SALES, Role.TECHNICIAN, Role.ADMIN),
    FORWARD_TICKET(Role.SALES, Role.TECHNICIAN, Role.ADMIN),
    LOG_OWN_TIME(Role.SALES, Role.TECHNICIAN, Role.ADMIN),
    LOG_TIME_FOR_OTHERS(Role.ADMIN),
    WORK_CHECKLIST(Role.TECHNICIAN, Role.ADMIN),
    RESOLVE_TICKET(Role.TECHNICIAN, Role.ADMIN),
    TICKETS_FROM_ORDER(Role.SALES, Role.ADMIN),
    EDIT_CHECKLISTS(Role.ADMIN),
    DELIVERY_NOTES(Role.SALES, Role.ADMIN),
    RECORD_MATERIAL(Role.TECHNICIAN, Role.ADMIN),
    BOOK_STOCK(Role.BACKOFFICE, Role.ADMIN),
    MAINTAIN_ARTICLES(Role.BACKOFFICE, Role.ADMIN);

    private final Set<Role> roles;

    Permission(Role first, Role... more) {
        this.roles = EnumSet.of(first, more);
    }

    /** The roles that grant this permission. */
    public Set<Role> roles() {
        return Set.copyOf(roles);
    }
}
