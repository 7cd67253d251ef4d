package de.servicebot.bot;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A mail server that takes every mail and is slow to say so: it forwards to a real one (GreenMail) and holds back
 * the answer to the end of each mail's data by the given delay, as an overloaded server does. A client that gives
 * up earlier has its mail delivered anyway and, if it retries, delivers it twice.
 */
public final class SlowSmtpProxy implements AutoCloseable {

    private static final byte[] END_OF_DATA = "\r\n.\r\n".getBytes(StandardCharsets.US_ASCII);

    private final ServerSocket server;
    private final int target;
    private final Duration delay;

    public SlowSmtpProxy(int targetPort, Duration delay) {
        this.target = targetPort;
        this.delay = delay;
        try {
            server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException("No port for the slow mail server", e);
        }
        Thread acceptor = new Thread(this::accept, "slow-smtp");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public int port() {
        return server.getLocalPort();
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                Socket upstream = new Socket(InetAddress.getLoopbackAddress(), target);
                AtomicBoolean mailEnded = new AtomicBoolean();
                pump(client.getInputStream(), upstream.getOutputStream(), mailEnded, false);
                pump(upstream.getInputStream(), client.getOutputStream(), mailEnded, true);
            } catch (IOException closed) {
                return;
            }
        }
    }

    /** Copies bytes one way; the client's side marks the end of a mail, the server's side then waits once. */
    private void pump(InputStream from, OutputStream to, AtomicBoolean mailEnded, boolean answers) {
        Thread thread = new Thread(
                () -> {
                    byte[] buffer = new byte[8192];
                    int matched = 0;
                    try {
                        for (int read; (read = from.read(buffer)) >= 0; ) {
                            if (answers && mailEnded.getAndSet(false)) {
                                Thread.sleep(delay.toMillis());
                            }
                            if (!answers) {
                                for (int i = 0; i < read; i++) {
                                    matched =
                                            buffer[i] == END_OF_DATA[matched] ? matched + 1 : buffer[i] == '\r' ? 1 : 0;
                                    if (matched == END_OF_DATA.length) {
                                        mailEnded.set(true);
                                        matched = 0;
                                    }
                                }
                            }
                            to.write(buffer, 0, read);
                            to.flush();
                        }
                    } catch (IOException | InterruptedException closed) {
                        // one side hung up
                    } finally {
                        try {
                            to.close();
                        } catch (IOException ignored) {
                            // already closed
                        }
                    }
                },
                "slow-smtp-pump");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
