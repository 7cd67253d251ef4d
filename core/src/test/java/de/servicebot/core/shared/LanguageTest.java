package de.servicebot.core.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageTest {

    @Test
    void understandsRegionalTags() {
        assertThat(Language.fromTag("de-AT")).isEqualTo(Language.DE);
        assertThat(Language.fromTag("en_GB")).isEqualTo(Language.EN);
        assertThat(Language.fromTag("EN")).isEqualTo(Language.EN);
    }

    @Test
    void speaksGermanWhenTheLanguageIsUnknownOrMissing() {
        assertThat(Language.fromTag("fr-FR")).isEqualTo(Language.DE);
        assertThat(Language.fromTag(null)).isEqualTo(Language.DE);
        assertThat(Language.parse("fr")).isEmpty();
    }
}
