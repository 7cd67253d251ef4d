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

    @Test
    void pagesTheNewestEntriesFirstAndKeepsLongDetails() {
        StaffMember admin = repos.staff().save(StaffFixtures.anAdmin());
        String subject = UUID.randomUUID().toString();
        for (int i = 0; i < 5; i++) {
            repos.audit()
                    .record(new AuditEntry(NOW.plusSeconds(i), admin.id(), "step." + i, subject, "x".repeat(2100)));
        }

        assertThat(repos.audit().latest(subject, 0, 2))
                .extracting(AuditEntry::action)
                .containsExactly("step.4", "step.3");
        assertThat(repos.audit().latest(subject, 4, 2)).singleElement().satisfies(e -> assertThat(e.details())
                .hasSize(2100));
    }
}
