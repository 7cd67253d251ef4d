package de.servicebot.bot.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.servicebot.bot.TestFeatures;
import de.servicebot.bot.conversation.CommandParser.Parsed;
import de.servicebot.core.World;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CommandParserTest {

    private final CommandParser parser = new CommandParser(TestFeatures.of(new World()).stream()
            .flatMap(feature -> feature.commands().stream())
            .toList());

    /** What the parser made of the text: the command's key, or help, missing or unknown. */
    private String understood(String typed) {
        return describe(parser.parse(typed));
    }

    private static String describe(Parsed parsed) {
        if (parsed instanceof Parsed.Run run) {
            return run.command().key();
        }
        if (parsed instanceof Parsed.Missing) {
            return "missing";
        }
        return parsed instanceof Parsed.Help ? "help" : "unknown";
    }

    private Parsed.Run run(String typed) {
        return (Parsed.Run) parser.parse(typed);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(
            delimiter = '|',
            value = {
                "hilfe | help",
                "help | help",
                "HILFE | help",
                "neu | new",
                "new Printer broken | new",
                "meine | mine",
                "mine | mine",
                "ticket 4711 | ticket",
                "T-2026-00042 | ticket",
                "4711 | ticket",
                "/ticket neu | new",
                "ticket meine | mine",
                "ticket hilfe | help",
                "zeit T-2026-00042 1:30 | time",
                "time 42 | time",
                "zeiten 42 | times",
                "anruf 42 | call",
                "call 42 | call",
                "weiterleiten 42 | forward",
                "forward 42 | forward",
                "kunde Müller | customer",
                "checkliste 42 | checklist",
                "erledigt 42 | resolve",
                "auftrag AB-2026-0815 | order",
                "vorlage Grundinstallation | template",
                "/ticket template Arbeitsplatz einrichten | template",
                "vorlage | missing",
                "zeit | missing",
                "anruf | missing",
                "blabla | unknown",
                "drop table ticket; | unknown"
            })
    void understandsGermanAndEnglishCommands(String typed, String command) {
        assertThat(understood(typed)).isEqualTo(command);
    }

    @Test
    void keepsTheArgumentsAsTyped() {
        assertThat(run("neu Drucker  druckt nicht").argument()).isEqualTo("Drucker  druckt nicht");
        assertThat(run("zeit T-2026-00042 1,5h").argument()).isEqualTo("T-2026-00042 1,5h");
        assertThat(run("/ticket 2026-42").argument()).isEqualTo("2026-42");
        assertThat(run("vorlage Arbeitsplatz einrichten").argument()).isEqualTo("Arbeitsplatz einrichten");
        assertThat(run("kunde Bäckerei Sonnenschein").argument()).isEqualTo("Bäckerei Sonnenschein");
        assertThat(run("meine Sachen").argument()).as("meine takes nothing").isEmpty();
    }

    @Test
    void answersEmptyOrHugeInputWithoutFailing() {
        assertThat(understood("   ")).isEqualTo("help");
        assertThat(understood(null)).isEqualTo("help");
        assertThat(understood("x".repeat(100_000))).isEqualTo("unknown");
    }

    @Test
    void refusesAWordTwoCommandsClaimAndTheHelpWords() {
        CommandSpec time = CommandSpec.of("time", List.of("zeit"), CommandSpec.Argument.REQUIRED, (me, a, say) -> null);
        CommandSpec other = CommandSpec.of("other", List.of("Zeit"), CommandSpec.Argument.NONE, (me, a, say) -> null);
        CommandSpec help = CommandSpec.of("mine", List.of("hilfe"), CommandSpec.Argument.NONE, (me, a, say) -> null);

        assertThatThrownBy(() -> new CommandParser(List.of(time, other)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'zeit' is claimed by time and other");
        assertThatThrownBy(() -> new CommandParser(List.of(help))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void suggestsTheNearestCommandForATypoAndNothingForGibberish() {
        assertThat(((Parsed.Unknown) parser.parse("zet 4711")).nearest()).contains("zeit 4711");
        assertThat(((Parsed.Unknown) parser.parse("weiterleien T-2026-00042")).nearest())
                .contains("weiterleiten T-2026-00042");
        assertThat(((Parsed.Unknown) parser.parse("checklsite 42")).nearest()).contains("checkliste 42");
        assertThat(((Parsed.Unknown) parser.parse("bitte mach was")).nearest()).isEmpty();
        assertThat(((Parsed.Unknown) parser.parse("xy")).nearest()).isEmpty();
    }

    @Test
    void countsASwapOfNeighboursAsOneMistake() {
        assertThat(CommandParser.distance("zeti", "zeit", 5)).isEqualTo(1);
        assertThat(CommandParser.distance("anruf", "anruf", 5)).isZero();
        assertThat(CommandParser.distance("kunde", "zeiten", 2)).isEqualTo(2);
    }
}
