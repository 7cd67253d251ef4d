/**
 * Entnahme Lager through the back office: a technician hands article, quantity and packaging unit to the back office
 * (Innendienst), who books it or asks back; the technician is told either way.
 */
package de.servicebot.core.stock;
