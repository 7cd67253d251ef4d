package de.servicebot.bot;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;

/** A real SMTP server (GreenMail) on a fixed free port, shared by the tests of this JVM; it can be stopped and restarted. */
public final class TestMailServer {

    private static TestMailServer shared;

    private final ServerSetup setup;
    private GreenMail greenMail;

    private TestMailServer(ServerSetup setup) {
        this.setup = setup;
        start();
    }

    public static synchronized TestMailServer shared() {
        if (shared == null) {
            ServerSetup dynamic = ServerSetupTest.SMTP.dynamicPort();
            GreenMail probe = new GreenMail(dynamic);
            probe.start();
            int port = probe.getSmtp().getPort();
            probe.stop();
            shared = new TestMailServer(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        }
        return shared;
    }

    public int port() {
        return setup.getPort();
    }

    public synchronized void start() {
        greenMail = new GreenMail(setup);
        greenMail.start();
    }

    /** Stops accepting mail, as a mail server that is down. */
    public synchronized void stop() {
        greenMail.stop();
    }

    public synchronized List<MimeMessage> received() {
        return Arrays.asList(greenMail.getReceivedMessages());
    }

    /** The received mails whose Message-ID carries the notification key. */
    public List<MimeMessage> receivedWithKey(String key) {
        String id = "<" + key.replaceAll("[^A-Za-z0-9._-]", ".") + "@servicebot>";
        return received().stream().filter(m -> id.equals(messageId(m))).toList();
    }

    /** The received mails addressed to the address. */
    public List<MimeMessage> receivedBy(String address) {
        return received().stream().filter(m -> recipients(m).contains(address)).toList();
    }

    private static String messageId(MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String recipients(MimeMessage message) {
        try {
            return Arrays.toString(message.getAllRecipients());
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
