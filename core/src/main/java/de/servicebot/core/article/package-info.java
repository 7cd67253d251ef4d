/**
 * The article list (master data): what the company keeps in stock, with its packaging unit and whether its pieces
 * carry serial numbers. Delivery notes and material from stock name articles from it, or describe one in free text.
 */
package de.servicebot.core.article;
