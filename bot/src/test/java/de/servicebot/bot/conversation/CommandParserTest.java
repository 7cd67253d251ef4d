package de.servicebot.bot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CommandParserTest {

    private final CommandParser parser = new CommandParser();

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(
            delimiter = '|',
            value = {
                "hilfe | Help",
                "help | Help",
                "HILFE | Help",
                "neu | NewTicket",
                "new Printer broken | NewTicket",
                "meine | MyTickets",
                "mine | MyTickets",
                "ticket 4711 | ShowTicket",
                "T-2026-00042 | ShowTicket",
                "4711 | ShowTicket",
                "/ticket neu | NewTicket",
                "ticket meine | MyTickets",
                "ticket hilfe | Help",
                "zeit T-2026-00042 1:30 | LogTime",
                "time 42 | LogTime",
                "zeiten 42 | TimeSheet",
                "anruf 42 | LogCall",
                "call 42 | LogCall",
                "weiterleiten 42 | Forward",
                "forward 42 | Forward",
                "kunde Müller | CustomerTickets",
                "checkliste 42 | ShowChecklist",
                "erledigt 42 | Resolve",
                "auftrag AB-2026-0815 | OrderTickets",
                "vorlage Grundinstallation | EditChecklistTemplate",
                "/ticket template Arbeitsplatz einrichten | EditChecklistTemplate",
                "vorlage | MissingNumber",
                "zeit | MissingNumber",
                "anruf | MissingNumber",
                "blabla | Unknown",
                "drop table ticket; | Unknown"
            })
    void understandsGermanAndEnglishCommands(String typed, String command) {
        assertThat(parser.parse(typed).getClass().getSimpleName()).isEqualTo(command);
    }

    @Test
    void keepsTheArgumentsAsTyped() {
        assertThat(parser.parse("neu Drucker  druckt nicht")).isEqualTo(new Command.NewTicket("Drucker  druckt nicht"));
        assertThat(parser.parse("zeit T-2026-00042 1,5h")).isEqualTo(new Command.LogTime("T-2026-00042", "1,5h"));
        assertThat(parser.parse("/ticket 2026-42")).isEqualTo(new Command.ShowTicket("2026-42"));
        assertThat(parser.parse("vorlage Arbeitsplatz einrichten"))
                .isEqualTo(new Command.EditChecklistTemplate("Arbeitsplatz einrichten"));
        assertThat(parser.parse("kunde Bäckerei Sonnenschein"))
                .isEqualTo(new Command.CustomerTickets("Bäckerei Sonnenschein"));
    }

    @Test
    void answersEmptyOrHugeInputWithoutFailing() {
        assertThat(parser.parse("   ")).isEqualTo(new Command.Help());
        assertThat(parser.parse(null)).isEqualTo(new Command.Help());
        assertThat(parser.parse("x".repeat(100_000))).isInstanceOf(Command.Unknown.class);
    }
}
