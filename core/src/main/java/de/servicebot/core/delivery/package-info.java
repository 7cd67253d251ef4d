/**
 * Warenausgang and Entnahme Lager: delivery notes (Lieferscheine) for on-site work, from draft to issued, received and
 * billed, with return notes; the material technicians take from stock onto the ticket's draft. "Bei Terminen vor Ort
 * IMMER nur mit Lieferschein": on-site work waits for an issued note.
 */
package de.servicebot.core.delivery;
