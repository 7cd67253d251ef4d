package de.servicebot.bot.feature.language;

import de.servicebot.bot.i18n.Messages;
import de.servicebot.core.staff.StaffService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

@Configuration(proxyBeanMethods = false)
class LanguageFeatureConfiguration {

    @Bean
    @Order(80)
    LanguageFeature languageFeature(StaffService staff, Messages messages) {
        return new LanguageFeature(staff, messages);
    }
}
