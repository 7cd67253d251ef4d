package de.servicebot.bot.cards;

import static org.assertj.core.api.Assertions.assertThat;

import de.servicebot.bot.conversation.View;
import de.servicebot.core.shared.Language;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Our template engine and Microsoft's reference engine expand every template with every sample to the same JSON.
 * Where they differ, ours is wrong.
 */
class CardConformanceTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static ReferenceTemplateEngine reference;

    private final CardRenderer renderer = new CardRenderer();

    @BeforeAll
    static void startReference() {
        reference = new ReferenceTemplateEngine();
    }

    @AfterAll
    static void stopReference() {
        reference.close();
    }

    @TestFactory
    List<DynamicTest> everyTemplateExpandsAsTheReferenceEngineExpandsIt() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Language language : Language.values()) {
            CardSamples.of(language)
                    .forEach((name, view) -> tests.add(
                            DynamicTest.dynamicTest(name + "." + language.code(), () -> assertSameAsReference(view))));
        }
        return tests;
    }

    @TestFactory
    List<DynamicTest> everyTemplateIsCoveredBySamples() {
        var covered = new java.util.HashSet<String>();
        CardSamples.of(Language.DE).values().forEach(view -> covered.add(view.template()));
        return List.of(DynamicTest.dynamicTest(
                "all templates", () -> assertThat(covered).containsAll(renderer.templateNames())));
    }

    private void assertSameAsReference(View view) {
        String template = view.template();
        JsonNode data = renderer.data(view);

        JsonNode ours = renderer.render(view);
        JsonNode theirs =
                JSON.readTree(reference.expand(renderer.template(template).toString(), data.toString()));

        assertThat(ours).as("%s expanded by our engine", template).isEqualTo(theirs);
    }
}
