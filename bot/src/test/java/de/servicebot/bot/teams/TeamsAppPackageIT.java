package de.servicebot.bot.teams;

import static org.assertj.core.api.Assertions.assertThat;

import de.servicebot.bot.TestFeatures;
import de.servicebot.bot.conversation.Conversation;
import de.servicebot.core.World;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The Teams app package the build zips: what Teams needs to sideload it, and commands the bot understands. */
class TeamsAppPackageIT {

    private static final Path PACKAGE = Path.of("target", "servicebot-teams-app.zip");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final Conversation conversation = TestFeatures.conversation(new World());

    @Test
    void holdsTheManifestTheEnglishTextsAndBothIconsInTheRightSizes() throws IOException {
        Map<String, byte[]> files = unzip();

        assertThat(files).containsOnlyKeys("manifest.json", "en.json", "color.png", "outline.png");
        BufferedImage color = ImageIO.read(new ByteArrayInputStream(files.get("color.png")));
        BufferedImage outline = ImageIO.read(new ByteArrayInputStream(files.get("outline.png")));
        assertThat(color.getWidth()).isEqualTo(192);
        assertThat(color.getHeight()).isEqualTo(192);
        assertThat(outline.getWidth()).isEqualTo(32);
        assertThat(outline.getColorModel().hasAlpha())
                .as("the outline icon is transparent")
                .isTrue();
    }

    @Test
    void namesTheBotByTheConfiguredAppIdWithNothingLeftUnfilled() throws IOException {
        Map<String, byte[]> files = unzip();
        String text = new String(files.get("manifest.json"), java.nio.charset.StandardCharsets.UTF_8);
        JsonNode manifest = JSON.readTree(text);

        assertThat(text).doesNotContain("@teams.").doesNotContain("${");
        assertThat(manifest.path("id").asString()).matches("[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}");
        assertThat(manifest.path("bots").get(0).path("botId").asString())
                .isEqualTo(manifest.path("id").asString());
        assertThat(manifest.path("localizationInfo").path("defaultLanguageTag").asString())
                .isEqualTo("de");
    }

    @Test
    void offersOnlyCommandsTheBotUnderstandsInGermanAndEnglish() throws IOException {
        Map<String, byte[]> files = unzip();
        JsonNode commands = JSON.readTree(files.get("manifest.json"))
                .path("bots")
                .get(0)
                .path("commandLists")
                .get(0)
                .path("commands");
        JsonNode english = JSON.readTree(files.get("en.json"));

        assertThat(commands.size()).isBetween(1, 12);
        for (int i = 0; i < commands.size(); i++) {
            String german = commands.get(i).path("title").asString();
            String inEnglish = english.path("bots[0].commandLists[0].commands[" + i + "].title")
                    .asString();
            assertThat(conversation.understands(german + " 42")).as(german).isTrue();
            assertThat(conversation.understands(inEnglish + " 42"))
                    .as(inEnglish)
                    .isTrue();
            assertThat(english.path("bots[0].commandLists[0].commands[" + i + "].description")
                            .asString())
                    .isNotBlank();
        }
    }

    private static Map<String, byte[]> unzip() throws IOException {
        Map<String, byte[]> files = new HashMap<>();
        try (ZipFile zip = new ZipFile(PACKAGE.toFile())) {
            for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                files.put(entry.getName(), zip.getInputStream(entry).readAllBytes());
            }
        }
        return files;
    }
}
