package de.servicebot.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class WorkDurationTest {

    @ParameterizedTest(name = "{0} is {1} minutes")
    @CsvSource(
            delimiter = '|',
            value = {
                "45 | 45",
                "45m | 45",
                "45 min | 45",
                "1:30 | 90",
                "0:05 | 5",
                "1,5h | 90",
                "1.5h | 90",
                "1,5 Std | 90",
                "2h | 120",
                "1h30 | 90",
                "1h 30m | 90",
                "0,25h | 15",
                "24h | 1440"
            })
    void understandsTheWaysTechniciansTypeADuration(String typed, int minutes) {
        assertThat(WorkDuration.parse(typed).minutes()).isEqualTo(minutes);
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "1:75", "1h75", "-5", "0", "0:00", "1,5", "h"})
    void refusesWhatIsNoDuration(String typed) {
        assertThatThrownBy(() -> WorkDuration.parse(typed)).extracting("code").isEqualTo("time.duration-invalid");
    }

    @Test
    void refusesMoreThanADay() {
        assertThatThrownBy(() -> WorkDuration.parse("25h")).extracting("code").isEqualTo("time.duration-too-long");
    }

    @Test
    void saysWhenNothingWasTyped() {
        assertThatThrownBy(() -> WorkDuration.parse("  ")).extracting("code").isEqualTo("time.duration-missing");
    }

    @Test
    void isWrittenAsHoursAndMinutes() {
        assertThat(WorkDuration.ofMinutes(90).format()).isEqualTo("1:30");
        assertThat(WorkDuration.ofMinutes(5).format()).isEqualTo("0:05");
        assertThat(WorkDuration.ofMinutes(45).plus(WorkDuration.ofMinutes(30)).format())
                .isEqualTo("1:15");
    }
}
