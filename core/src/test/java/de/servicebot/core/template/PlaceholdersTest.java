package de.servicebot.core.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PlaceholdersTest {

    @Test
    void fillsOnlyWhatItHasAValueForAndKeepsTheRestAsTyped() {
        String text = Placeholders.fill(
                "{{Kunde}} / {{Datum}} / {{Termin}} / {{ kunde }}", Map.of(Placeholder.CUSTOMER, "Müller"));

        assertThat(text).isEqualTo("Müller / {{Datum}} / {{Termin}} / Müller");
    }
}
