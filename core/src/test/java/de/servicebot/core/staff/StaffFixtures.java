package de.servicebot.core.staff;

import de.servicebot.core.shared.EmailAddress;
import de.servicebot.core.shared.Language;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/** Staff members with valid defaults; every call gives a new person with a new e-mail. */
public final class StaffFixtures {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private StaffFixtures() {}

    public static StaffMember aTechnician() {
        return aStaffMember("Tina Technik", Role.TECHNICIAN);
    }

    public static StaffMember aSalesPerson() {
        return aStaffMember("Valentin Vertrieb", Role.SALES);
    }

    public static StaffMember anAdmin() {
        return aStaffMember("Adam Admin", Role.ADMIN);
    }

    public static StaffMember aStaffMember(String name, Role... roles) {
        int n = SEQUENCE.incrementAndGet();
        String local = name.toLowerCase().replaceAll("[^a-z]+", ".") + n;
        return StaffMember.register(name, EmailAddress.of(local + "@servicebot.test"), Set.of(roles), Language.DE);
    }
}
