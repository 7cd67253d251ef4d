package de.servicebot.core.notification;

import de.servicebot.core.shared.EmailAddress;
import de.servicebot.core.staff.StaffId;
import java.util.Objects;

/** Who a notification is for, and so by which way it travels. */
public sealed interface Recipient {

    /** By e-mail, e.g. a customer's contact or a staff member's mailbox. */
    record Mail(EmailAddress address, String name) implements Recipient {
        public Mail {
            Objects.requireNonNull(address, "address");
            name = name == null ? "" : name.strip();
        }
    }

    /** In chat (Teams or Slack, wherever the staff member can be reached). */
    record Chat(StaffId staffId) implements Recipient {
        public Chat {
            Objects.requireNonNull(staffId, "staffId");
        }
    }
}
