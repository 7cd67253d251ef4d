/**
 * Orders (Aufträge) from the ERP, and how sales turns one into tickets with their checklists in a single step.
 */
package de.servicebot.core.order;
