package de.servicebot.bot.cards;

import static org.assertj.core.api.Assertions.assertThat;

import de.servicebot.bot.conversation.View;
import de.servicebot.core.shared.Language;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Pins every card in German and English: the card a view renders to must equal its golden file under
 * {@code src/test/resources/cards/golden}. Ids are random, so they are numbered in order of appearance first. A
 * missing golden file is written and the test fails, to be reviewed and committed; {@code -Dgolden.update=true}
 * rewrites them all after an intended change.
 */
class CardGoldenTest {

    static final Path GOLDEN = Path.of("src", "test", "resources", "cards", "golden");
    private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final JsonMapper JSON =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final CardRenderer renderer = new CardRenderer();

    @TestFactory
    List<DynamicTest> everyCardLooksAsPinnedInBothLanguages() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Language language : Language.values()) {
            CardSamples.of(language)
                    .forEach((name, view) -> tests.add(DynamicTest.dynamicTest(
                            name + "." + language.code(),
                            () -> assertMatchesGolden(name + "." + language.code(), view))));
        }
        return tests;
    }

    private void assertMatchesGolden(String name, View view) throws IOException {
        String card = normalized(JSON.writeValueAsString(renderer.render(view)));
        Path golden = GOLDEN.resolve(name + ".json");
        if (Boolean.getBoolean("golden.update") || !Files.exists(golden)) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, card);
            throw new AssertionError("Golden file written, review and commit it: " + golden);
        }
        JsonNode expected = JSON.readTree(Files.readString(golden));
        assertThat(JSON.readTree(card)).as(name).isEqualTo(expected);
    }

    /**
     * The card with each distinct id replaced by {@code id-1}, {@code id-2}, … in order of appearance, and each signed
     * document link by {@code /documents/<signed>}.
     */
    static String normalized(String card) {
        Map<String, String> ids = new LinkedHashMap<>();
        Matcher matcher = UUID.matcher(card.replaceAll("/documents/[A-Za-z0-9_.-]+", "/documents/<signed>"));
        StringBuilder result = new StringBuilder();
        while (matcher.find()) {
            String id = ids.computeIfAbsent(matcher.group(), found -> "id-" + (ids.size() + 1));
            matcher.appendReplacement(result, id);
        }
        matcher.appendTail(result);
        return result.toString() + "\n";
    }
}
