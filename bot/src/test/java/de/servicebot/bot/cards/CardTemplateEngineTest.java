package de.servicebot.bot.cards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class CardTemplateEngineTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final CardTemplateEngine engine = new CardTemplateEngine();

    @Test
    void repeatsAnObjectForEveryElementOfItsDataWithItsIndexAndTheRoot() {
        JsonNode card = expand(
                "{'body':[{'$data':'${items}','text':'${$index + 1}. ${name} (${$root.owner})'}]}",
                "{'owner':'Tim','items':[{'name':'Toner'},{'name':'Papier'}]}");

        assertThat(card.toString())
                .isEqualTo("{\"body\":[{\"text\":\"1. Toner (Tim)\"},{\"text\":\"2. Papier (Tim)\"}]}");
    }

    @Test
    void keepsTheJsonTypeOfAStringThatIsOneExpression() {
        JsonNode card = expand(
                "{'required':'${required}','count':'${count(items)}','data':'${data}'}",
                "{'required':true,'items':[1,2,3],'data':{'ticketId':'x'}}");

        assertThat(card.get("required").isBoolean()).isTrue();
        assertThat(card.get("count").intValue()).isEqualTo(3);
        assertThat(card.get("data").get("ticketId").stringValue()).isEqualTo("x");
    }

    @Test
    void dropsWhatItsConditionExcludesAndLeavesUndefinedExpressionsAsWritten() {
        JsonNode card = expand(
                "{'body':[{'$when':'${!empty(error)}','text':'${error}'},{'text':'${missing} and ${name}'}]}",
                "{'error':'','name':'Anna'}");

        assertThat(card.toString()).isEqualTo("{\"body\":[{\"text\":\"${missing} and Anna\"}]}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"${formatNumber(x, 2)}", "${a ? b : c}", "${x['a\\\\b']}", "${$foo}", "${(x}"})
    void refusesWhatItDoesNotImplementWhenTheTemplateIsRead(String expression) {
        JsonNode template = JSON.createObjectNode().put("text", expression);

        assertThatThrownBy(() -> engine.check(template)).isInstanceOf(TemplateException.class);
    }

    private JsonNode expand(String template, String data) {
        return engine.expand(JSON.readTree(template.replace('\'', '"')), JSON.readTree(data.replace('\'', '"')));
    }
}
