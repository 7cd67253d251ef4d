package de.servicebot.bot.feature.template;

import static org.assertj.core.api.Assertions.assertThat;

import de.servicebot.bot.conversation.Say;
import de.servicebot.bot.i18n.TestMessages;
import de.servicebot.core.checklist.ChecklistItem;
import de.servicebot.core.shared.Language;
import java.util.List;
import org.junit.jupiter.api.Test;

class PointLinesTest {

    private final Say german = new Say(TestMessages.create(), Language.DE);
    private final Say english = new Say(TestMessages.create(), Language.EN);

    @Test
    void readsTheMarkersAnAdminTypesInFrontAndAtTheEnd() {
        List<ChecklistItem> points = PointLines.parse("""
                Server eingebaut [Seriennummer]

                > Betriebssystem installiert
                ?> Drucker verbunden [Notiz]
                ? Altgerät mitgenommen [note] [Inventarnummer]
                """);

        assertThat(points)
                .containsExactly(
                        ChecklistItem.required("Server eingebaut").withEvidence("Seriennummer"),
                        ChecklistItem.required("Betriebssystem installiert").afterThePrevious(),
                        ChecklistItem.required("Drucker verbunden")
                                .optional()
                                .afterThePrevious()
                                .withNote(),
                        ChecklistItem.required("Altgerät mitgenommen")
                                .optional()
                                .withNote()
                                .withEvidence("Inventarnummer"));
    }

    @Test
    void writesATemplateSoThatItReadsBackTheSameInEitherLanguage() {
        List<ChecklistItem> points = List.of(
                ChecklistItem.required("Server eingebaut").withEvidence("Seriennummer"),
                ChecklistItem.required("Backup [täglich] eingerichtet")
                        .afterThePrevious()
                        .withNote(),
                ChecklistItem.required("Drucker verbunden").optional());

        String inGerman = PointLines.format(points, german);

        assertThat(inGerman).isEqualTo("""
                        Server eingebaut [Seriennummer]
                        > Backup [täglich] eingerichtet [Notiz]
                        ? Drucker verbunden
                        """);
        assertThat(PointLines.parse(inGerman)).isEqualTo(points);
        assertThat(PointLines.parse(PointLines.format(points, english))).isEqualTo(points);
    }

    @Test
    void keepsBracketsInsideAPointAndLeavesOutBlankLines() {
        assertThat(PointLines.parse("Router [Fritzbox] konfiguriert\n\n   \n"))
                .containsExactly(ChecklistItem.required("Router [Fritzbox] konfiguriert"));
        assertThat(PointLines.parse("")).isEmpty();
    }
}
