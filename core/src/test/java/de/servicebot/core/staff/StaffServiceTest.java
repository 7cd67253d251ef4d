package de.servicebot.core.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class StaffServiceTest {

    private final InMemoryStaffRepository staff = new InMemoryStaffRepository();
    private final StaffService service = new StaffService(staff);
    private final StaffMember tina = staff.save(StaffFixtures.aTechnician());
    private final AtomicInteger lookups = new AtomicInteger();

    @Test
    void recognisesAPersonByEMailOnFirstContactAndStoresTheChatId() {
        Optional<StaffMember> first = service.recognize(
                ChatService.SLACK, "U123", () -> email(tina.email().value().toUpperCase()));

        assertThat(first).map(StaffMember::id).contains(tina.id());
        assertThat(staff.findById(tina.id()).orElseThrow().slackUserId()).contains("U123");
    }

    @Test
    void recognisesAKnownPersonByTheChatIdWithoutAskingForTheEMail() {
        service.recognize(ChatService.TEAMS, "aad-1", () -> email(tina.email().value()));
        lookups.set(0);

        Optional<StaffMember> again = service.recognize(ChatService.TEAMS, "aad-1", () -> email("ignored@x.test"));

        assertThat(again).map(StaffMember::id).contains(tina.id());
        assertThat(lookups).hasValue(0);
    }

    @Test
    void recognisesNobodyWhoIsNotActiveStaff() {
        StaffMember gone = StaffFixtures.aSalesPerson();
        gone.deactivate();
        staff.save(gone);

        assertThat(service.recognize(ChatService.SLACK, "U9", () -> email("stranger@elsewhere.test")))
                .isEmpty();
        assertThat(service.recognize(
                        ChatService.SLACK, "U9", () -> email(gone.email().value())))
                .isEmpty();
        assertThat(service.recognize(ChatService.SLACK, "U9", () -> email("not an address")))
                .isEmpty();
        assertThat(service.recognize(ChatService.SLACK, "U9", Optional::empty)).isEmpty();
    }

    @Test
    void recognisesNobodyWithoutAChatIdEvenWhenSomeStaffHaveNoChatIdEither() {
        lookups.set(0);

        assertThat(service.recognize(
                        ChatService.TEAMS, null, () -> email(tina.email().value())))
                .isEmpty();
        assertThat(service.recognize(
                        ChatService.SLACK, " ", () -> email(tina.email().value())))
                .isEmpty();
        assertThat(lookups).hasValue(0);
        assertThat(staff.findById(tina.id()).orElseThrow().teamsUserId()).isEmpty();
    }

    @Test
    void recognisesNobodyByAChatIdNoPlatformGives() {
        lookups.set(0);

        for (String forged : new String[] {"U\u0000", "a\nb", "U".repeat(201)}) {
            assertThat(service.recognize(
                            ChatService.SLACK, forged, () -> email(tina.email().value())))
                    .as(forged.length() > 20 ? "201 characters" : forged)
                    .isEmpty();
        }
        assertThat(lookups).hasValue(0);
        assertThat(staff.findById(tina.id()).orElseThrow().slackUserId()).isEmpty();
    }

    private Optional<String> email(String address) {
        lookups.incrementAndGet();
        return Optional.of(address);
    }
}
