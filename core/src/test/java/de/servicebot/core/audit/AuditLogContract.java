package de.servicebot.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import de.servicebot.core.RepositoryContract;
import de.servicebot.core.staff.StaffFixtures;
import de.servicebot.core.staff.StaffMember;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The audit trail. */
public abstract class AuditLogContract extends RepositoryContract {

    @Test
    void keepsTheAuditTrailOfAnObjectInOrder() {
        StaffMember admin = repos.staff().save(StaffFixtures.anAdmin());
        String subject = UUID.randomUUID().toString();
        AuditEntry first = new AuditEntry(NOW, admin.id(), "time-entry.booked", subject, "minutes=45");
        AuditEntry second = new AuditEntry(NOW.plusSeconds(5), admin.id(), "time-entry.deleted", subject, "");

        repos.audit().record(first);
        repos.audit().record(second);

        assertThat(repos.audit().about(subject))
                .extracting(AuditEntry::action, AuditEntry::by)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("time-entry.booked", admin.id()),
                        org.assertj.core.groups.Tuple.tuple("time-entry.deleted", admin.id()));
    }
}
