package de.servicebot.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TicketTypeTest {

    @Test
    void keepsItsNameWhenRetired() {
        TicketType type = TicketType.create("Störung");

        TicketType retired = type.retire();

        assertThat(retired.active()).isFalse();
        assertThat(retired.name()).isEqualTo("Störung");
        assertThat(retired.id()).isEqualTo(type.id());
    }

    @Test
    void needsAName() {
        assertThatThrownBy(() -> Category.create(" ")).extracting("code").isEqualTo("catalog.name-missing");
    }
}
