package de.servicebot.bot.feature.template;

import de.servicebot.core.catalog.CatalogService;
import de.servicebot.core.checklist.ChecklistService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

@Configuration(proxyBeanMethods = false)
class TemplateFeatureConfiguration {

    @Bean
    @Order(70)
    TemplateFeature templateFeature(ChecklistService checklists, CatalogService catalog) {
        return new TemplateFeature(checklists, catalog);
    }
}
