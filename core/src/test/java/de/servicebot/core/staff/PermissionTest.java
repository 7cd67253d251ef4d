package de.servicebot.core.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PermissionTest {

    @ParameterizedTest
    @EnumSource(Role.class)
    void grantsEachRoleExactlyWhatTheProcessGivesIt(Role role) {
        StaffMember member = StaffFixtures.aStaffMember("Someone", role);

        Set<Permission> granted = EnumSet.noneOf(Permission.class);
        for (Permission permission : Permission.values()) {
            if (member.may(permission)) {
                granted.add(permission);
            }
        }

        Set<Permission> expected =
                switch (role) {
                    case SALES ->
                        EnumSet.of(
                                Permission.VIEW_TICKETS,
                                Permission.LOG_CALL,
                                Permission.CREATE_TICKET,
                                Permission.FORWARD_TICKET,
                                Permission.LOG_OWN_TIME,
                                Permission.TICKETS_FROM_ORDER,
                                Permission.DELIVERY_NOTES);
                    case TECHNICIAN ->
                        EnumSet.of(
                                Permission.VIEW_TICKETS,
                                Permission.LOG_CALL,
                                Permission.CREATE_TICKET,
                                Permission.FORWARD_TICKET,
                                Permission.LOG_OWN_TIME,
                                Permission.WORK_CHECKLIST,
                                Permission.RESOLVE_TICKET,
                                Permission.RECORD_MATERIAL);
                    case BACKOFFICE ->
                        EnumSet.of(
                                Permission.VIEW_TICKETS,
                                Permission.LOG_CALL,
                                Permission.BOOK_STOCK,
                                Permission.MAINTAIN_ARTICLES);
                    case ADMIN -> EnumSet.allOf(Permission.class);
                };
        assertThat(granted).isEqualTo(expected);
    }

    @Test
    void combinesTheRolesOfAPersonWithSeveral() {
        StaffMember both = StaffFixtures.aStaffMember("Beides", Role.BACKOFFICE, Role.TECHNICIAN);

        assertThat(both.may(Permission.CREATE_TICKET)).isTrue();
        assertThat(both.may(Permission.LOG_TIME_FOR_OTHERS)).isFalse();
    }

    @Test
    void grantsNothingToSomeoneWhoLeft() {
        StaffMember admin = StaffFixtures.anAdmin();
        admin.deactivate();

        for (Permission permission : Permission.values()) {
            assertThat(admin.may(permission)).as(permission.name()).isFalse();
        }
        assertThatThrownBy(() -> admin.require(Permission.VIEW_TICKETS))
                .extracting("code", "args")
                .containsExactly("staff.not-permitted", java.util.List.of(Permission.VIEW_TICKETS));
    }
}
