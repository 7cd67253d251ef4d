/**
 * Adaptive Cards for Teams and the console: JSON templates in the Adaptive Cards Template Language, expanded with a
 * view record. No Java library implements that language, so {@link de.servicebot.bot.cards.CardTemplateEngine}
 * implements the subset our templates use and refuses everything else loudly; a conformance test runs every
 * template through it and through the reference JavaScript engine and requires the same JSON.
 */
package de.servicebot.bot.cards;
