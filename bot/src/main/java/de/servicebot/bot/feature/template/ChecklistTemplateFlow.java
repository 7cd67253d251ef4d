package de.servicebot.bot.feature.template;

import de.servicebot.bot.conversation.FormView;
import de.servicebot.bot.conversation.Forms;
import de.servicebot.bot.conversation.Inputs;
import de.servicebot.bot.conversation.Reply;
import de.servicebot.bot.conversation.Say;
import de.servicebot.bot.conversation.TextView;
import de.servicebot.core.catalog.CatalogService;
import de.servicebot.core.catalog.TicketType;
import de.servicebot.core.catalog.TicketTypeId;
import de.servicebot.core.checklist.ChecklistService;
import de.servicebot.core.checklist.ChecklistTemplate;
import de.servicebot.core.shared.DomainException;
import de.servicebot.core.staff.Permission;
import de.servicebot.core.staff.StaffMember;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * An admin changes the checklist template of a ticket type: one form with the template's name and its points as
 * lines ({@link PointLines}). Saving makes the next revision; checklists already running keep the points they were
 * started with. A name the type has no template of yet adds another checklist to the type.
 */
final class ChecklistTemplateFlow {

    private static final Map<String, String> FIELDS = Map.of(
            "checklist.template-name-missing", "name",
            "checklist.template-name-too-long", "name",
            "checklist.template-empty", "points",
            "checklist.template-too-long", "points",
            "checklist.template-first-in-order", "points",
            "checklist.item-text-missing", "points",
            "checklist.item-too-long", "points",
            "checklist.evidence-label-too-long", "points");

    private final ChecklistService checklists;
    private final CatalogService catalog;

    ChecklistTemplateFlow(ChecklistService checklists, CatalogService catalog) {
        this.checklists = checklists;
        this.catalog = catalog;
    }

    /** The form for the type of that name, filled with its first template, or empty when it has none. */
    Reply start(StaffMember me, String typeName, Say say) {
        me.require(Permission.EDIT_CHECKLISTS);
        List<TicketType> types = catalog.types();
        TicketType type = types.stream()
                .filter(t -> t.name()
                        .toLowerCase(Locale.ROOT)
                        .equals(typeName.strip().toLowerCase(Locale.ROOT)))
                .findFirst()
                .orElseThrow(() -> new DomainException(
                        "checklist.template-type-unknown",
                        typeName.strip(),
                        types.stream().map(TicketType::name).collect(Collectors.joining(", "))));
        List<ChecklistTemplate> current = checklists.templates(type.id(), me);
        return Reply.of(
                current.isEmpty()
                        ? form(type, current, "", "", say)
                        : form(
                                type,
                                current,
                                current.get(0).name(),
                                PointLines.format(current.get(0).items(), say),
                                say));
    }

    Reply submit(StaffMember me, Inputs inputs, Say say) {
        me.require(Permission.EDIT_CHECKLISTS);
        TicketType type = inputs.id(TemplateFeature.TYPE_ID)
                .flatMap(id -> catalog.types().stream()
                        .filter(t -> t.id().equals(new TicketTypeId(id)))
                        .findFirst())
                .orElseThrow(() -> new DomainException("ticket.type-unknown"));
        List<ChecklistTemplate> current = checklists.templates(type.id(), me);
        FormView form = form(type, current, "", "", say).withValues(inputs.asMap());
        ChecklistTemplate saved = Forms.refusingAt(
                form,
                FIELDS,
                () -> checklists.defineTemplate(
                        type.id(), inputs.text("name"), PointLines.parse(inputs.text("points")), me));
        return Reply.of(
                TextView.success(say.text(
                        "checklist.template-saved",
                        saved.name(),
                        type.name(),
                        saved.revision(),
                        saved.items().size())),
                form(
                        type,
                        checklists.templates(type.id(), me),
                        saved.name(),
                        PointLines.format(saved.items(), say),
                        say));
    }

    private static FormView form(
            TicketType type, List<ChecklistTemplate> current, String name, String points, Say say) {
        String existing = current.isEmpty()
                ? say.text("checklist.template.none")
                : current.stream()
                        .map(t -> say.text("checklist.template.revision", t.name(), t.revision()))
                        .collect(Collectors.joining(", "));
        return new FormView(
                TemplateFeature.SAVE,
                say.text("form.template.title", type.name(), existing),
                List.of(
                        say.field("name", FormView.Kind.TEXT, name, true),
                        say.field("points", FormView.Kind.MULTILINE, points, true)),
                Map.of(TemplateFeature.TYPE_ID, type.id().toString()),
                say.text("button.save-template"),
                "");
    }
}
