/** The order intake for the ERP: orders as JSON and their documents as PDF, behind an API key. */
package de.servicebot.bot.orders;
