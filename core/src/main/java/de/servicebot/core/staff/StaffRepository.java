package de.servicebot.core.staff;

import de.servicebot.core.shared.EmailAddress;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Stores staff members; lookups by every identity a chat channel knows them by. */
public interface StaffRepository {

    /**
     * Stores the staff member and returns the stored state with its new version. Throws {@code DomainException}
     * {@code common.concurrent-change} when someone else saved it in the meantime and {@code staff.email-taken} when
     * another person already has the e-mail.
     */
    StaffMember save(StaffMember member);

    Optional<StaffMember> findById(StaffId id);

    /** The names of these people, in one lookup, e.g. for a ticket's history; unknown ids are left out. */
    Map<StaffId, String> names(Set<StaffId> ids);

    Optional<StaffMember> findByEmail(EmailAddress email);

    Optional<StaffMember> findByTeamsUserId(String teamsUserId);

    Optional<StaffMember> findBySlackUserId(String slackUserId);

    /** Active staff holding the role, ordered by name. */
    List<StaffMember> findActiveByRole(Role role);
}
