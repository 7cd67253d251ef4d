package de.servicebot.adapter.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.socket_mode.SocketModeClient;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Socket Mode, when {@code SLACK_APP_TOKEN} is set: the bot opens the connection to Slack itself (outbound only, no
 * public URL) and handles what arrives with a small thread pool, acknowledging each envelope. Slack being unreachable
 * at start does not stop the bot (Teams, the ERP intake and the outbox start anyway): the connection is tried again
 * with growing waits, up to five minutes apart, and health shows whether it stands.
 */
final class SlackSocketMode implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SlackSocketMode.class);
    private static final Duration FIRST_RETRY = Duration.ofSeconds(2);
    private static final Duration LONGEST_RETRY = Duration.ofMinutes(5);

    private final App app;
    private final SlackSettings settings;
    private final Duration stopWait;
    private SocketModeApp socket;
    private ScheduledExecutorService retries;
    private boolean running;
    private String lastFailure = "";

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
        running = true;
        retries = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "slack-socket-connect");
            thread.setDaemon(true);
            return thread;
        });
        connect(FIRST_RETRY);
    }

    private synchronized void connect(Duration nextWait) {
        if (!running || socket != null) {
            return;
        }
        try {
            SocketModeApp connecting = new SocketModeApp(settings.appToken(), app, SocketModeClient.Backend.Tyrus, 10);
            connecting.startAsync();
            socket = connecting;
            lastFailure = "";
            log.info("Slack Socket Mode connected");
        } catch (Exception e) {
            lastFailure = e.getClass().getSimpleName();
            log.warn("Slack Socket Mode could not connect ({}); trying again in {} s", e, nextWait.toSeconds());
            Duration after =
                    nextWait.multipliedBy(2).compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : nextWait.multipliedBy(2);
            retries.schedule(() -> connect(after), nextWait.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** Whether Socket Mode is off (nothing to connect) or connected; else why the last try failed. */
    synchronized Optional<String> notConnected() {
        if (!settings.socketMode() || socket != null) {
            return Optional.empty();
        }
        return Optional.of(lastFailure.isEmpty() ? "connecting" : "not connected (" + lastFailure + "), retrying");
    }

    @Override
    public synchronized void stop() {
        running = false;
        if (retries != null) {
            retries.shutdownNow();
            retries = null;
        }
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
        return running;
    }
}
