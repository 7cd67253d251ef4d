/**
 * The Servicebot application: wires core's services to the adapters, holds the configuration, the outbox that
 * delivers notifications after commit, the message bundles, and (in later features) the channel-neutral flows
 * and their Teams and Slack renderings.
 */
package de.servicebot.bot;
