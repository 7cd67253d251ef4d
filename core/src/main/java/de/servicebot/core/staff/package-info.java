/**
 * The company's staff and their roles (Vertrieb, Techniker, Innendienst, Admin). A chat user is matched to a staff
 * member by e-mail on first contact and the Teams or Slack identity is stored; nobody else may use the bot.
 */
package de.servicebot.core.staff;
