/**
 * What every feature shares: {@link de.servicebot.core.shared.DomainException} (a broken rule, whose code is the
 * message key of the text the user reads), small values such as e-mail addresses and languages, and the transaction
 * boundary as a port, so that core decides what is one unit of work without knowing how it is made durable.
 */
package de.servicebot.core.shared;
