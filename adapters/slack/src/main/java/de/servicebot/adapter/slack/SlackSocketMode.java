package de.servicebot.adapter.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.socket_mode.SocketModeClient;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Socket Mode, when {@code SLACK_APP_TOKEN} is set: the bot opens the connection to Slack itself (outbound only, no
 * public URL) and handles what arrives with a small thread pool, acknowledging each envelope.
 */
final class SlackSocketMode implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SlackSocketMode.class);

    private final App app;
    private final SlackSettings settings;
    private final Duration stopWait;
    private SocketModeApp socket;

    SlackSocketMode(App app, SlackSettings settings, Duration stopWait) {
        this.app = app;
        this.settings = settings;
        this.stopWait = stopWait;
    }

    @Override
    public synchronized void start() {
        if (!settings.socketMode()) {
            return;
        }
        try {
            socket = new SocketModeApp(settings.appToken(), app, SocketModeClient.Backend.Tyrus, 10);
            socket.startAsync();
            log.info("Slack Socket Mode connected");
        } catch (Exception e) {
            throw new IllegalStateException("Slack Socket Mode could not connect", e);
        }
    }

    @Override
    public synchronized void stop() {
        if (socket != null) {
            try {
                socket.close();
            } catch (Exception e) {
                log.warn("Slack Socket Mode did not close cleanly within {}: {}", stopWait, e.toString());
            }
            socket = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return socket != null;
    }
}
