package de.servicebot.bot.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** The local run stops in order, without an error, and a start that fails leaves nothing running. */
@ExtendWith(OutputCaptureExtension.class)
class LocalRunIT {

    @Test
    void stopsServicebotBeforeTheDatabaseWithoutAnError(@TempDir Path data, CapturedOutput output) {
        LocalServicebot.Running running =
                LocalServicebot.launch(data, "--server.port=0").orElseThrow();
        int before = output.length();

        running.stop();

        String stopping = output.toString().substring(before);
        assertThat(stopping)
                .doesNotContain(" ERROR ")
                .doesNotContain("Exception")
                .doesNotContain("\tat ");
        assertThat(Files.exists(data.resolve("postgres").resolve("postmaster.pid")))
                .as("database stopped")
                .isFalse();
    }

    @Test
    void aStartThatFailsStopsTheDatabaseAndTheMailServerAndSaysWhy(@TempDir Path data, CapturedOutput output)
            throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Optional<LocalServicebot.Running> running =
                    LocalServicebot.launch(data, "--server.port=" + taken.getLocalPort());

            assertThat(running).isEmpty();
        }
        assertThat(output.toString()).contains("The local run did not start");
        assertThat(Files.exists(data.resolve("postgres").resolve("postmaster.pid")))
                .as("database stopped")
                .isFalse();
    }
}
