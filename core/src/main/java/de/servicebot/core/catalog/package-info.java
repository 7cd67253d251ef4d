/**
 * Master data every ticket needs: ticket types (Typ) and main categories (Hauptkategorie). Admins maintain them;
 * retired entries stay on old tickets but cannot be chosen for new ones.
 */
package de.servicebot.core.catalog;
