package de.servicebot.local.console;

import de.servicebot.core.staff.StaffId;
import de.servicebot.core.staff.StaffMember;
import de.servicebot.core.staff.StaffRepository;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * What the Bot Connector does for Teams, for the console: the bot posts its replies and proactive messages here
 * (the console's activities carry this service URL), asks here who a member is, and the console page receives all of
 * it live over server-sent events. A console conversation is {@code console-<staff id>}.
 */
@RestController
@RequestMapping("/console/connector/v3/conversations/{conversation}")
public class ConsoleConnector {

    static final String PREFIX = "console-";

    private final StaffRepository staff;
    private final Map<String, List<String>> activities = new ConcurrentHashMap<>();
    private final Map<String, List<SseEmitter>> listeners = new ConcurrentHashMap<>();

    public ConsoleConnector(StaffRepository staff) {
        this.staff = staff;
    }

    @PostMapping(
            path = {"/activities", "/activities/{replyTo}"},
            consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> receive(@PathVariable String conversation, @RequestBody String activity) {
        activities
                .computeIfAbsent(conversation, c -> new CopyOnWriteArrayList<>())
                .add(activity);
        for (SseEmitter listener : listeners.getOrDefault(conversation, List.of())) {
            try {
                listener.send(SseEmitter.event().name("activity").data(activity, MediaType.APPLICATION_JSON));
            } catch (IOException | IllegalStateException gone) {
                listeners.get(conversation).remove(listener);
            }
        }
        return ResponseEntity.ok("{\"id\":\"" + UUID.randomUUID() + "\"}");
    }

    @PutMapping(path = "/activities/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> update(
            @PathVariable String conversation, @PathVariable String id, @RequestBody String activity) {
        return receive(conversation, activity);
    }

    /** The member lookup Teams answers with the person's e-mail; here, the demo staff member's. */
    @GetMapping(path = "/members/{member}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> member(@PathVariable String conversation, @PathVariable String member) {
        Optional<StaffMember> person = staffOf(conversation);
        return person.map(p -> ResponseEntity.ok(
                        "{\"id\":\"" + member + "\",\"name\":\"" + p.name().replace("\"", "")
                                + "\",\"aadObjectId\":\"" + conversation + "\",\"email\":\""
                                + p.email().value()
                                + "\",\"userPrincipalName\":\"" + p.email().value() + "\"}"))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    /** Ends every open event stream first, so that a shutdown need not wait for the pages to go away. */
    @EventListener(ContextClosedEvent.class)
    void closeEventStreams() {
        listeners.values().forEach(conversation -> conversation.forEach(SseEmitter::complete));
    }

    /** The live stream of what the bot sends into a conversation. */
    @GetMapping(path = "/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter events(@PathVariable String conversation) {
        SseEmitter listener = new SseEmitter(0L);
        listeners
                .computeIfAbsent(conversation, c -> new CopyOnWriteArrayList<>())
                .add(listener);
        listener.onCompletion(() -> listeners.get(conversation).remove(listener));
        return listener;
    }

    /** Everything the bot sent into a conversation so far, oldest first. */
    public List<String> received(String conversation) {
        return List.copyOf(activities.getOrDefault(conversation, List.of()));
    }

    private Optional<StaffMember> staffOf(String conversation) {
        if (!conversation.startsWith(PREFIX)) {
            return Optional.empty();
        }
        try {
            return staff.findById(StaffId.of(conversation.substring(PREFIX.length())));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }
}
