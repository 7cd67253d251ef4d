package de.servicebot.core.staff;

import de.servicebot.core.shared.DomainException;
import de.servicebot.core.shared.EmailAddress;
import de.servicebot.core.shared.VersionedStore;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

public final class InMemoryStaffRepository implements StaffRepository {

    private final VersionedStore<StaffId, StaffMember> store = new VersionedStore<>((m, version) -> StaffMember.restore(
            m.id(),
            m.name(),
            m.email(),
            m.roles(),
            m.language(),
            m.teamsUserId(),
            m.slackUserId(),
            m.active(),
            version));

    @Override
    public synchronized StaffMember save(StaffMember member) {
        if (findByEmail(member.email())
                .filter(other -> !other.id().equals(member.id()))
                .isPresent()) {
            throw new DomainException("staff.email-taken", member.email().value());
        }
        return store.save(member.id(), member);
    }

    @Override
    public Optional<StaffMember> findById(StaffId id) {
        return store.find(id);
    }

    @Override
    public Optional<StaffMember> findByEmail(EmailAddress email) {
        return first(m -> m.email().equals(email));
    }

    @Override
    public Optional<StaffMember> findByTeamsUserId(String teamsUserId) {
        return first(m -> m.teamsUserId().filter(teamsUserId::equals).isPresent());
    }

    @Override
    public Optional<StaffMember> findBySlackUserId(String slackUserId) {
        return first(m -> m.slackUserId().filter(slackUserId::equals).isPresent());
    }

    @Override
    public java.util.Map<StaffId, String> names(java.util.Set<StaffId> ids) {
        return store.all().stream()
                .filter(m -> ids.contains(m.id()))
                .collect(java.util.stream.Collectors.toMap(StaffMember::id, StaffMember::name));
    }

    @Override
    public List<StaffMember> findActiveByRole(Role role) {
        return store.all().stream()
                .filter(m -> m.active() && m.hasRole(role))
                .sorted(Comparator.comparing(StaffMember::name))
                .toList();
    }

    private Optional<StaffMember> first(Predicate<StaffMember> wanted) {
        return store.all().stream().filter(wanted).findFirst();
    }
}
