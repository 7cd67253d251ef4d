package de.servicebot.adapter.mail;

import static org.assertj.core.api.Assertions.assertThat;

import de.servicebot.adapter.mail.MailTemplates.RenderedMail;
import de.servicebot.core.notification.NotificationTemplate;
import de.servicebot.core.shared.Language;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class MailTemplatesTest {

    private final MailTemplates templates = MailTemplates.load();

    @ParameterizedTest
    @EnumSource(NotificationTemplate.class)
    void everyMessageHasSubjectTextAndHtmlInEveryLanguageShowingEveryValue(NotificationTemplate template) {
        Map<String, String> values = new HashMap<>();
        template.requiredValues().forEach(key -> values.put(key, "«" + key + "»"));
        template.optionalValues().forEach(key -> values.put(key, "«" + key + "»"));
        values.computeIfPresent("callbackWanted", (key, value) -> "true");

        for (Language language : Language.values()) {
            RenderedMail mail = templates.render(template, language, values, "Firma");

            assertThat(mail.subject())
                    .as("%s %s subject", template, language)
                    .isNotBlank()
                    .doesNotContain("{{");
            for (String key : values.keySet()) {
                if (!key.equals("callbackWanted") && NotificationTemplate.shown(key)) {
                    assertThat(mail.text())
                            .as("%s %s text shows %s", template, language, key)
                            .contains("«" + key + "»");
                    assertThat(mail.html())
                            .as("%s %s html shows %s", template, language, key)
                            .contains("«" + key + "»");
                }
            }
            assertThat(mail.html()).contains("lang=\"" + language.code() + "\"");
        }
    }
}
