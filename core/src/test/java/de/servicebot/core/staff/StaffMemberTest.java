package de.servicebot.core.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.servicebot.core.shared.EmailAddress;
import de.servicebot.core.shared.Language;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StaffMemberTest {

    @Test
    void needsAtLeastOneRole() {
        assertThatThrownBy(() -> StaffMember.register("Tina", EmailAddress.of("tina@firma.de"), Set.of(), Language.DE))
                .extracting("code")
                .isEqualTo("staff.role-missing");
    }

    @Test
    void mayHoldSeveralRoles() {
        StaffMember both = StaffFixtures.aStaffMember("Sam Beides", Role.SALES, Role.TECHNICIAN);

        assertThat(both.hasRole(Role.SALES)).isTrue();
        assertThat(both.hasRole(Role.TECHNICIAN)).isTrue();
        assertThat(both.hasRole(Role.ADMIN)).isFalse();
    }

    @Test
    void refusesAnActionThatNeedsAnotherRole() {
        StaffMember technician = StaffFixtures.aTechnician();

        assertThatThrownBy(() -> technician.requireAnyRole(Role.SALES, Role.ADMIN))
                .extracting("code")
                .isEqualTo("staff.role-required");
    }

    @Test
    void refusesEverythingOnceDeactivated() {
        StaffMember technician = StaffFixtures.aTechnician();

        technician.deactivate();

        assertThatThrownBy(() -> technician.requireAnyRole(Role.TECHNICIAN))
                .extracting("code")
                .isEqualTo("staff.role-required");
    }

    @Test
    void remembersTheChatIdentitiesItWroteFrom() {
        StaffMember technician = StaffFixtures.aTechnician();

        technician.linkTeams("29:1abc");
        technician.linkSlack("U024BE7LH");

        assertThat(technician.teamsUserId()).contains("29:1abc");
        assertThat(technician.slackUserId()).contains("U024BE7LH");
    }
}
