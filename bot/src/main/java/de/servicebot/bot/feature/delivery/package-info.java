/**
 * Warenausgang and Entnahme Lager in chat: delivery notes for on-site appointments and the material technicians take
 * from stock.
 */
package de.servicebot.bot.feature.delivery;
