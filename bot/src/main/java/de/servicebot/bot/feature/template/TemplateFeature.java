package de.servicebot.bot.feature.template;

import de.servicebot.bot.conversation.CommandSpec;
import de.servicebot.bot.conversation.CommandSpec.Argument;
import de.servicebot.bot.conversation.Feature;
import de.servicebot.core.catalog.CatalogService;
import de.servicebot.core.checklist.ChecklistService;
import java.util.List;
import java.util.Map;

/** Admins change the checklist template of a ticket type ({@code vorlage}). */
public final class TemplateFeature implements Feature {

    public static final String SAVE = "checklist.template";
    /** The hidden input carrying the ticket type whose checklist template is edited. */
    public static final String TYPE_ID = "typeId";

    private final ChecklistTemplateFlow templates;

    public TemplateFeature(ChecklistService checklists, CatalogService catalog) {
        this.templates = new ChecklistTemplateFlow(checklists, catalog);
    }

    @Override
    public List<CommandSpec> commands() {
        return List.of(CommandSpec.of("template", List.of("vorlage", "template"), Argument.REQUIRED, templates::start));
    }

    @Override
    public Map<String, ActionHandler> actions() {
        return Map.of(SAVE, templates::submit);
    }
}
