package de.servicebot.local.console;

import com.icegreen.greenmail.util.GreenMail;
import de.servicebot.bot.i18n.Messages;
import de.servicebot.core.staff.Role;
import de.servicebot.core.staff.StaffMember;
import de.servicebot.core.staff.StaffRepository;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The console page at {@code /}: the people to talk as, the renderer (the official {@code adaptivecards} bundle the
 * build fetched), and the mails the local mail server caught, so that a receipt can be seen too.
 */
@RestController
public class ConsolePage {

    private static final Set<String> ASSETS = Set.of("adaptivecards.min.js", "adaptivecards.css");

    private final StaffRepository staff;
    private final ObjectProvider<GreenMail> mail;
    private final Messages messages;

    public ConsolePage(StaffRepository staff, ObjectProvider<GreenMail> mail, Messages messages) {
        this.staff = staff;
        this.mail = mail;
        this.messages = messages;
    }

    @GetMapping(path = "/", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<byte[]> page() throws IOException {
        return ResponseEntity.ok().contentType(MediaType.TEXT_HTML).body(read("console/index.html"));
    }

    @GetMapping("/console/assets/{file:.+}")
    ResponseEntity<byte[]> asset(@PathVariable String file) throws IOException {
        if (!ASSETS.contains(file)) {
            return ResponseEntity.notFound().build();
        }
        MediaType type = file.endsWith(".css") ? MediaType.valueOf("text/css") : MediaType.valueOf("text/javascript");
        return ResponseEntity.ok().contentType(type).body(read("console/adaptivecards/package/dist/" + file));
    }

    /** Everyone on the demo staff, with their roles in the person's language (Vertrieb, Technik), to pick whom to talk as. */
    @GetMapping(path = "/console/api/staff", produces = MediaType.APPLICATION_JSON_VALUE)
    List<Map<String, Object>> people() {
        Map<Object, Map<String, Object>> people = new LinkedHashMap<>();
        for (Role role : Role.values()) {
            for (StaffMember member : staff.findActiveByRole(role)) {
                people.computeIfAbsent(
                        member.id(),
                        id -> Map.of(
                                "id", member.id().toString(),
                                "name", member.name(),
                                "roles",
                                        member.roles().stream()
                                                .sorted()
                                                .map(r -> messages.text(member.language(), "enum.Role." + r.name()))
                                                .toList()));
            }
        }
        return new ArrayList<>(people.values());
    }

    /** The mails the local mail server caught, newest first. */
    @GetMapping(path = "/console/api/mails", produces = MediaType.APPLICATION_JSON_VALUE)
    List<Map<String, String>> mails() throws MessagingException {
        GreenMail server = mail.getIfAvailable();
        if (server == null) {
            return List.of();
        }
        List<Map<String, String>> mails = new ArrayList<>();
        for (MimeMessage message : server.getReceivedMessages()) {
            mails.add(
                    0,
                    Map.of(
                            "to", InternetAddress.toString(message.getAllRecipients()),
                            "subject", String.valueOf(message.getSubject())));
        }
        return mails;
    }

    private static byte[] read(String resource) throws IOException {
        try (InputStream in = ConsolePage.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("Missing on the classpath (run the build, it fetches the renderer): " + resource);
            }
            return in.readAllBytes();
        }
    }
}
