package de.servicebot.adapter.postgres;

import de.servicebot.adapter.postgres.Rows.StaffRoleRow;
import de.servicebot.adapter.postgres.Rows.StaffRow;
import de.servicebot.adapter.postgres.SpringDataRepositories.StaffRows;
import de.servicebot.core.shared.DomainException;
import de.servicebot.core.shared.EmailAddress;
import de.servicebot.core.shared.Language;
import de.servicebot.core.staff.Role;
import de.servicebot.core.staff.StaffId;
import de.servicebot.core.staff.StaffMember;
import de.servicebot.core.staff.StaffRepository;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;

class JdbcStaffRepository implements StaffRepository {

    private final StaffRows rows;
    private final NamedParameterJdbcOperations jdbc;

    JdbcStaffRepository(StaffRows rows, NamedParameterJdbcOperations jdbc) {
        this.rows = rows;
        this.jdbc = jdbc;
    }

    @Override
    public Map<StaffId, String> names(Set<StaffId> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<StaffId, String> names = new HashMap<>();
        jdbc.query(
                "select id, name from staff where id in (:ids)",
                Map.of("ids", ids.stream().map(StaffId::value).toList()),
                row -> {
                    names.put(new StaffId(row.getObject("id", java.util.UUID.class)), row.getString("name"));
                });
        return names;
    }

    @Override
    public StaffMember save(StaffMember member) {
        Map<String, Supplier<DomainException>> unique = Map.of(
                "staff_email_key",
                        () -> new DomainException(
                                "staff.email-taken", member.email().value()),
                "staff_teams_user_key", () -> new DomainException("staff.chat-id-taken"),
                "staff_slack_user_key", () -> new DomainException("staff.chat-id-taken"));
        return asAggregate(Versions.saving(() -> rows.save(toRow(member)), unique));
    }

    @Override
    public Optional<StaffMember> findById(StaffId id) {
        return rows.findById(id.value()).map(JdbcStaffRepository::asAggregate);
    }

    @Override
    public Optional<StaffMember> findByEmail(EmailAddress email) {
        return rows.findByEmail(email.value()).map(JdbcStaffRepository::asAggregate);
    }

    @Override
    public Optional<StaffMember> findByTeamsUserId(String teamsUserId) {
        return rows.findByTeamsUserId(teamsUserId).map(JdbcStaffRepository::asAggregate);
    }

    @Override
    public Optional<StaffMember> findBySlackUserId(String slackUserId) {
        return rows.findBySlackUserId(slackUserId).map(JdbcStaffRepository::asAggregate);
    }

    @Override
    public List<StaffMember> findActiveByRole(Role role) {
        return rows.findActiveByRole(role.name()).stream()
                .map(JdbcStaffRepository::asAggregate)
                .toList();
    }

    private static StaffRow toRow(StaffMember m) {
        return new StaffRow(
                m.id().value(),
                m.name(),
                m.email().value(),
                m.language().code(),
                m.teamsUserId().orElse(null),
                m.slackUserId().orElse(null),
                m.active(),
                m.roles().stream().map(r -> new StaffRoleRow(r.name())).collect(Collectors.toSet()),
                Versions.toRow(m));
    }

    private static StaffMember asAggregate(StaffRow row) {
        return StaffMember.restore(
                new StaffId(row.id()),
                row.name(),
                EmailAddress.of(row.email()),
                row.roles().stream().map(r -> Role.valueOf(r.role())).collect(Collectors.toSet()),
                Language.fromTag(row.language()),
                Optional.ofNullable(row.teamsUserId()),
                Optional.ofNullable(row.slackUserId()),
                row.active(),
                Versions.fromRow(row.version()));
    }
}
