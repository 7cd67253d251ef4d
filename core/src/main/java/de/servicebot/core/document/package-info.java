/** Documents (Dokumente) kept with tickets, such as the order from the ERP; PDF only. */
package de.servicebot.core.document;
