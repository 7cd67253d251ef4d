package de.servicebot.adapter.postgres;

import de.servicebot.core.checklist.ChecklistItem;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;

/** The columns a checklist point has in both {@code checklist_item} and {@code checklist_template_item}. */
final class ChecklistItemRows {

    static final String COLUMNS = "position, text, required, in_order, note_required, evidence_label";

    private ChecklistItemRows() {}

    static ChecklistItem read(ResultSet rs) throws SQLException {
        return new ChecklistItem(
                rs.getString("text"),
                rs.getBoolean("required"),
                rs.getBoolean("in_order"),
                rs.getBoolean("note_required"),
                Optional.ofNullable(rs.getString("evidence_label")));
    }

    /** The parameters of a point at {@code position} (from 1), named like {@link #COLUMNS}. */
    static Map<String, Object> params(int position, ChecklistItem item) {
        return Map.of(
                "position", position,
                "text", item.text(),
                "required", item.required(),
                "in_order", item.inOrder(),
                "note_required", item.noteRequired(),
                "evidence_label", item.evidence().orElse(""));
    }

    static String insert(String table, String owner) {
        return "insert into " + table + " (" + owner + ", " + COLUMNS + ") values (:owner, :position, :text,"
                + " :required, :in_order, :note_required, nullif(:evidence_label, ''))";
    }
}
