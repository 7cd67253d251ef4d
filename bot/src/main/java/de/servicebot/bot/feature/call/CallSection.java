package de.servicebot.bot.feature.call;

import de.servicebot.bot.conversation.Say;
import de.servicebot.bot.conversation.TicketSection;
import de.servicebot.bot.conversation.TicketView;
import de.servicebot.core.call.CallLog;
import de.servicebot.core.call.CallService;
import de.servicebot.core.shared.Formats;
import de.servicebot.core.staff.StaffMember;
import de.servicebot.core.ticket.Ticket;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The calls on the ticket card: the latest few, who called and when, the number and whether a callback is wanted. */
final class CallSection implements TicketSection {

    /** How many calls the card shows; the rest are counted. */
    static final int SHOWN = 5;

    private final CallService calls;
    private final Clock clock;

    CallSection(CallService calls, Clock clock) {
        this.calls = calls;
        this.clock = clock;
    }

    @Override
    public Optional<TicketView.Section> of(Ticket ticket, StaffMember me, Say say) {
        List<CallLog> all = calls.calls(ticket, me);
        if (all.isEmpty()) {
            return Optional.empty();
        }
        List<String> lines = new ArrayList<>();
        for (int i = all.size() - 1; i >= Math.max(0, all.size() - SHOWN); i--) {
            CallLog call = all.get(i);
            String line = Formats.shortMoment(call.loggedAt(), clock.getZone(), say.language()) + " · "
                    + call.callerName()
                    + (call.callerPhone().isEmpty() ? "" : ", " + call.callerPhone());
            if (call.callbackWanted()) {
                line += " · " + say.text("ticket.callback");
            }
            lines.add(line + " – „" + call.summary() + "“");
        }
        if (all.size() > SHOWN) {
            lines.add(say.text("ticket.calls-more", all.size() - SHOWN));
        }
        return Optional.of(new TicketView.Section(say.text("ticket.calls", all.size()), lines));
    }
}
