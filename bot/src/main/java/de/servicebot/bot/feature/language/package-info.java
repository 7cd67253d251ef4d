/** The language the bot speaks with each person, switched in the conversation. */
package de.servicebot.bot.feature.language;
