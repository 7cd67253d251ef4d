/**
 * Every text a user reads comes from the message bundles, German by default and English complete. This is also the
 * one place that turns core's {@code DomainException} into the sentence the user sees.
 */
package de.servicebot.bot.i18n;
