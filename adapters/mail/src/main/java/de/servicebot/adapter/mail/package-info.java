/**
 * E-mail over SMTP with Spring Mail. Each notification template has a subject, a plain-text and an HTML body in
 * German and English; all are compiled at start-up so that a missing one stops the application, not a delivery.
 */
package de.servicebot.adapter.mail;
