package de.servicebot.core.staff;

import static de.servicebot.core.shared.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import de.servicebot.core.RepositoryContract;
import de.servicebot.core.shared.EmailAddress;
import de.servicebot.core.shared.Language;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The staff repository and the chat references: finding people by mail and chat identity, one e-mail per person, versions. */
public abstract class StaffRepositoryContract extends RepositoryContract {

    @Test
    void findsStaffByEMailAndByTheChatIdentitiesTheyWroteFrom() {
        StaffMember stored = repos.staff().save(StaffFixtures.aTechnician());
        stored.linkTeams("29:teams-" + stored.id());
        stored.linkSlack("U" + stored.id());

        StaffMember linked = repos.staff().save(stored);

        assertThat(repos.staff()
                        .findByEmail(EmailAddress.of(stored.email().value().toUpperCase())))
                .map(StaffMember::id)
                .contains(stored.id());
        assertThat(repos.staff().findByTeamsUserId("29:teams-" + stored.id()))
                .map(StaffMember::name)
                .contains(stored.name());
        assertThat(repos.staff().findBySlackUserId("U" + stored.id()))
                .map(StaffMember::roles)
                .contains(java.util.Set.of(Role.TECHNICIAN));
        assertThat(linked.version()).isEqualTo(2);
    }

    @Test
    void refusesASecondPersonWithTheSameEMail() {
        StaffMember first = repos.staff().save(StaffFixtures.aTechnician());
        StaffMember second =
                StaffMember.register("Someone Else", first.email(), java.util.Set.of(Role.SALES), Language.EN);

        assertRefused(() -> repos.staff().save(second), "staff.email-taken");
    }

    @Test
    void listsActiveStaffOfARoleByName() {
        String team = "Zz" + unique();
        StaffMember bea = repos.staff().save(StaffFixtures.aStaffMember(team + " Bea", Role.BACKOFFICE));
        StaffMember ada = repos.staff().save(StaffFixtures.aStaffMember(team + " Ada", Role.BACKOFFICE, Role.SALES));
        StaffMember gone = StaffFixtures.aStaffMember(team + " Carl", Role.BACKOFFICE);
        gone.deactivate();
        repos.staff().save(gone);

        List<StaffMember> backOffice = repos.staff().findActiveByRole(Role.BACKOFFICE).stream()
                .filter(m -> m.name().startsWith(team))
                .toList();

        assertThat(backOffice).extracting(StaffMember::id).containsExactly(ada.id(), bea.id());
    }

    @Test
    void refusesToOverwriteAChangeSomeoneElseSavedInTheMeantime() {
        StaffMember stored = repos.staff().save(StaffFixtures.aTechnician());
        StaffMember mine = repos.staff().findById(stored.id()).orElseThrow();
        StaffMember theirs = repos.staff().findById(stored.id()).orElseThrow();
        theirs.rename("Tina Neu");
        repos.staff().save(theirs);

        mine.rename("Tina Alt");

        assertRefused(() -> repos.staff().save(mine), "common.concurrent-change");
        assertThat(repos.staff().findById(stored.id()).orElseThrow().name()).isEqualTo("Tina Neu");
    }

    @Test
    void keepsTheLatestChatReferenceOfAPersonPerChannel() {
        StaffMember technician = repos.staff().save(StaffFixtures.aTechnician());

        repos.chatReferences().save(technician.id(), "teams", "{\"conversation\":{\"id\":\"a\"}}");
        repos.chatReferences().save(technician.id(), "teams", "{\"conversation\":{\"id\":\"b\"}}");

        assertThat(repos.chatReferences().find(technician.id(), "teams")).contains("{\"conversation\":{\"id\":\"b\"}}");
        assertThat(repos.chatReferences().find(technician.id(), "slack")).isEmpty();
        assertThat(repos.chatReferences().lastUsed(technician.id())).contains("teams");
        repos.chatReferences().save(technician.id(), "slack", "U1");
        assertThat(repos.chatReferences().lastUsed(technician.id())).contains("slack");
        repos.chatReferences().save(technician.id(), "teams", "{\"conversation\":{\"id\":\"b\"}}");
        assertThat(repos.chatReferences().lastUsed(technician.id())).contains("teams");
    }

    @Test
    void looksUpTheNamesOfSeveralPeopleAtOnce() {
        StaffMember vera = repos.staff().save(StaffFixtures.aStaffMember("Vera Vertrieb", Role.SALES));
        StaffMember tim = repos.staff().save(StaffFixtures.aStaffMember("Tim Technik", Role.TECHNICIAN));

        assertThat(repos.staff().names(java.util.Set.of(vera.id(), tim.id(), StaffId.newId())))
                .containsOnly(
                        java.util.Map.entry(vera.id(), "Vera Vertrieb"), java.util.Map.entry(tim.id(), "Tim Technik"));
        assertThat(repos.staff().names(java.util.Set.of())).isEmpty();
    }
}
