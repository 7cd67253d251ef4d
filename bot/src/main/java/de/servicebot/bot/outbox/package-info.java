/**
 * The outbox: core's {@link de.servicebot.core.notification.Notifier} as a db-scheduler task written in the same
 * transaction as the change that causes it. It runs after commit, retries with growing waits until the message gets
 * through, survives restarts, and queues each notification key once.
 */
package de.servicebot.bot.outbox;
