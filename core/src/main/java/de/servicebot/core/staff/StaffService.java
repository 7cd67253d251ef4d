package de.servicebot.core.staff;

import de.servicebot.core.shared.DomainException;
import de.servicebot.core.shared.EmailAddress;
import de.servicebot.core.shared.Language;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** Who is talking to the bot, and who can be chosen for a ticket. */
public final class StaffService {

    private final StaffRepository staff;

    public StaffService(StaffRepository staff) {
        this.staff = staff;
    }

    /**
     * The active staff member with this e-mail; {@code staff.unknown} for anyone else, so that a chat user who is
     * not on the company's staff gets a polite refusal and nothing more.
     */
    public StaffMember identify(EmailAddress email) {
        return staff.findByEmail(email)
                .filter(StaffMember::active)
                .orElseThrow(() -> new DomainException("staff.unknown"));
    }

    /**
     * The staff member writing from a chat: known by the chat's user id once seen; on first contact matched by the
     * e-mail the chat service reports (asked only then, as it may cost a call), and the chat's id is stored. Empty for
     * anyone who is not active staff, and for a chat user without an id: an identity is never guessed.
     */
    public Optional<StaffMember> recognize(ChatService chat, String chatUserId, Supplier<Optional<String>> email) {
        if (!plausibleChatId(chatUserId)) {
            return Optional.empty();
        }
        Optional<StaffMember> known = (chat == ChatService.TEAMS
                        ? staff.findByTeamsUserId(chatUserId)
                        : staff.findBySlackUserId(chatUserId))
                .filter(StaffMember::active);
        if (known.isPresent()) {
            return known;
        }
        Optional<StaffMember> byEmail;
        try {
            byEmail = email.get()
                    .map(EmailAddress::of)
                    .flatMap(staff::findByEmail)
                    .filter(StaffMember::active);
        } catch (DomainException notAnAddress) {
            return Optional.empty();
        }
        return byEmail.map(member -> {
            if (chat == ChatService.TEAMS) {
                member.linkTeams(chatUserId);
            } else {
                member.linkSlack(chatUserId);
            }
            return staff.save(member);
        });
    }

    /**
     * Whether the text can be a chat platform's user id: not blank, at most 200 characters, no control characters.
     * Anything else is no id any platform gives, and matches nobody.
     */
    static boolean plausibleChatId(String chatUserId) {
        return chatUserId != null
                && !chatUserId.isBlank()
                && chatUserId.length() <= 200
                && chatUserId.chars().noneMatch(Character::isISOControl);
    }

    public StaffMember get(StaffId id) {
        return staff.findById(id).filter(StaffMember::active).orElseThrow(() -> new DomainException("staff.unknown"));
    }

    /** The person speaks this language with the bot from now on (stored); returns them as saved. */
    public StaffMember speak(StaffMember person, Language language) {
        person.speak(language);
        return staff.save(person);
    }

    /** Active technicians, by name: who a ticket can be forwarded to. */
    public List<StaffMember> technicians() {
        return staff.findActiveByRole(Role.TECHNICIAN);
    }
}
