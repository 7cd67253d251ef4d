/**
 * Text templates (Textbausteine) such as "Ticket NEU" for a new ticket's description and "Ticketerstellung" for the
 * time entry that books the creation. Placeholders like {@code {{Kunde}}} are filled when a template is applied;
 * a template may only use placeholders Servicebot knows, so that nothing is left unfilled by surprise.
 */
package de.servicebot.core.template;
