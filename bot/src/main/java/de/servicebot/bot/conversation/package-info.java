/**
 * The conversation, independent of the channel: text commands are parsed once into a {@link
 * de.servicebot.bot.conversation.Command}, form submissions and buttons arrive as an action id with inputs; flows
 * call one core service and answer with view records whose texts are already localized. {@link
 * de.servicebot.bot.conversation.Conversation} is the one place that turns a refusal from core into the user's text,
 * next to the field it concerns when it comes from a form. Teams, Slack and the console only render and reply.
 */
package de.servicebot.bot.conversation;
