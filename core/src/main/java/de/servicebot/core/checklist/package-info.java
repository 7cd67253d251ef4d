/**
 * Checklists (Checklisten) on tickets: a point may only be ticked when it is really done, by the person who did it.
 */
package de.servicebot.core.checklist;
