package de.servicebot.bot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import de.servicebot.bot.TestFeatures;
import de.servicebot.bot.conversation.CommandSpec;
import de.servicebot.core.World;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** The two Slack app manifests describe the same app; only how it is reached differs. */
class SlackManifestTest {

    private static final Path MANIFESTS = Path.of("src", "main", "slack");
    private final List<String> slashCommands = TestFeatures.conversation(new World()).slashCommands().stream()
            .map(CommandSpec::slashCommand)
            .toList();

    @Test
    void offerTheSameCommandsAsTheBotHandlesAndTheScopesItNeeds() throws IOException {
        for (String manifest : List.of("manifest-http.yml", "manifest-socket-mode.yml")) {
            Map<String, Object> app = read(manifest);

            assertThat(commands(app))
                    .as(manifest + " offers exactly the slash commands the features register")
                    .containsExactlyInAnyOrderElementsOf(slashCommands);
            assertThat(scopes(app))
                    .as(manifest)
                    .contains("commands", "chat:write", "im:write", "users:read", "users:read.email");
        }
    }

    @Test
    void sendEverythingToTheOneEndpointOverHttpAndNothingAnywhereInSocketMode() throws IOException {
        String http = Files.readString(MANIFESTS.resolve("manifest-http.yml"));
        String socket = Files.readString(MANIFESTS.resolve("manifest-socket-mode.yml"));

        assertThat(http.lines().filter(line -> line.contains("url:")))
                .allSatisfy(line -> assertThat(line).endsWith("/slack/events"));
        assertThat(socket).doesNotContain("url:").contains("socket_mode_enabled: true");
        assertThat(http).contains("socket_mode_enabled: false");
    }

    @SuppressWarnings("unchecked")
    private static List<String> commands(Map<String, Object> app) {
        List<Map<String, Object>> commands =
                (List<Map<String, Object>>) ((Map<String, Object>) app.get("features")).get("slash_commands");
        return commands.stream().map(c -> (String) c.get("command")).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<String> scopes(Map<String, Object> app) {
        return (List<String>)
                ((Map<String, Object>) ((Map<String, Object>) app.get("oauth_config")).get("scopes")).get("bot");
    }

    private static Map<String, Object> read(String manifest) throws IOException {
        return new Yaml().load(Files.readString(MANIFESTS.resolve(manifest)));
    }
}
