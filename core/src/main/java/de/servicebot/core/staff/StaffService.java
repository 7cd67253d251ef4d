package de.servicebot.core.staff;

import de.servicebot.core.shared.DomainException;
import de.servicebot.core.shared.EmailAddress;
import java.util.List;

/** Who is talking to the bot, and who can be chosen for a ticket. */
public final class StaffService {

    private final StaffRepository staff;

    public StaffService(StaffRepository staff) {
        this.staff = staff;
    }

    /**
     * The active staff member with this e-mail; {@code staff.unknown} for anyone else, so that a chat user who is
     * not on the company's staff gets a polite refusal and nothing more.
     */
    public StaffMember identify(EmailAddress email) {
        return staff.findByEmail(email)
                .filter(StaffMember::active)
                .orElseThrow(() -> new DomainException("staff.unknown"));
    }

    public StaffMember get(StaffId id) {
        return staff.findById(id).filter(StaffMember::active).orElseThrow(() -> new DomainException("staff.unknown"));
    }

    /** Active technicians, by name: who a ticket can be forwarded to. */
    public List<StaffMember> technicians() {
        return staff.findActiveByRole(Role.TECHNICIAN);
    }
}
